<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=8">
<title>Sơ kết 6 tháng đầu năm 2023 thực hiện các chương trình mục tiêu quốc gia</title>
<link rel="stylesheet" type="text/css" href="/Style/portal.css">
<link rel="alternate" type="application/rss+xml" title="Tin tức tỉnh Lai Châu" href="/rss.xml">
<script type="text/javascript" src="/Style/menu.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk">
<table width="1000" border="0" cellpadding="0" cellspacing="0" align="center" id="wrapper">
  <tr>
    <td colspan="3" class="banner"><a href="/"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="1000" height="120" alt="CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU" border="0"></a></td>
  </tr>
  <tr>
    <td colspan="3" class="topmenu">
      <a href="/">Trang chủ</a> | <a href="/Pages/gioi-thieu.aspx">Giới thiệu</a> | <a href="/Pages/chuyen-muc/tin-hoat-dong.aspx">Tin tức - Sự kiện</a> | <a href="/VanBan/">Văn bản</a> | <a href="https://dichvucong.gov.vn/" target="_blank">Dịch vụ công</a> | <a href="/Pages/so-do-cong.aspx">Sơ đồ cổng</a> | <a href="/_layouts/15/Authenticate.aspx?Source=%2F">Đăng nhập</a>
    </td>
  </tr>
  <tr>
    <td width="200" valign="top" class="leftcol">
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="menu-trai">
      <tr><td class="menu-header">DANH MỤC TIN</td></tr>
      <tr><td class="menu-item selected"><a href="/Pages/chuyen-muc/tin-hoat-dong.aspx">Tin hoạt động</a></td></tr>
      <tr><td class="menu-item"><a href="/Pages/chuyen-muc/chi-dao-dieu-hanh.aspx">Chỉ đạo - Điều hành</a></td></tr>
      <tr><td class="menu-item"><a href="/Pages/chuyen-muc/kinh-te-xa-hoi.aspx">Kinh tế - Xã hội</a></td></tr>
      </table>
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="vanban-moi">
      <tr><td class="menu-header">VĂN BẢN MỚI</td></tr>
      <tr><td><a href="/VanBan/Documents/ke-hoach-chuyen-doi-so-2024.pdf">Kế hoạch chuyển đổi số năm 2024 (tệp PDF)</a></td></tr>
      <tr><td><a href="/VanBan/Documents/quyet-dinh-ban-hanh-quy-che.doc">Quyết định ban hành quy chế (tệp DOC)</a></td></tr>
      </table>
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="lienket">
      <tr><td class="menu-header">LIÊN KẾT WEBSITE</td></tr>
      <tr><td><a href="https://chinhphu.vn/" target="_blank">Cổng TTĐT Chính phủ</a></td></tr>
      <tr><td><a href="https://dichvucong.gov.vn/" target="_blank">Cổng Dịch vụ công quốc gia</a></td></tr>
      </table>
    </td>
    <td width="600" valign="top" class="maincol">
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="khung-tin">
        <tr><td class="duongdan"><a href="/">Trang chủ</a> &raquo; <a href="/Pages/chuyen-muc/tin-hoat-dong.aspx">Tin hoạt động</a></td></tr>
        <tr><td class="tieude-tin"><span id="ctl00_PlaceHolderMain_lblTitle" class="title">Sơ kết 6 tháng đầu năm 2023 thực hiện các chương trình mục tiêu quốc gia</span></td></tr>
        <tr><td class="ngaydang">Ngày đăng: 14/07/2023 &nbsp;|&nbsp; Cập nhật: 14/07/2023 17:30 &nbsp; <a href="/_layouts/15/print.aspx?ItemID=68900" target="_blank">In trang</a></td></tr>
        <tr><td class="tomtat"><b>Ngày 14/7, Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2023, bàn giải pháp tháo gỡ vướng mắc, đẩy nhanh tiến độ giải ngân trong những tháng cuối năm.</b></td></tr>
        <tr><td class="noidung"><div id="ctl00_PlaceHolderMain_RichHtmlField1__ControlWrapper_RichHtmlField">
<p style="text-align: justify;">Đồng chí Lường Văn Khánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị. Cùng dự có đồng chí Tòng Thị Duyên, Phó Chủ tịch UBND tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo; bà Lý Thị Mẩy, Giám đốc Sở LĐ-TB&amp;XH; ông Chẻo Kim Phin, Trưởng Ban Dân tộc tỉnh và các thành viên Ban Chỉ đạo.</p>
<p style="text-align: justify;">Năm 2023, tổng nguồn vốn thực hiện ba chương trình mục tiêu quốc gia được giao 1.786,4 tỷ đồng, gồm vốn đầu tư phát triển 1.102 tỷ đồng và vốn sự nghiệp 684,4 tỷ đồng. Đến ngày 30/6, các chủ đầu tư mới giải ngân được 498,7 tỷ đồng, đạt 27,9% kế hoạch; riêng Chương trình mục tiêu quốc gia giảm nghèo bền vững giải ngân chưa đến 20%.</p>
<table class="anh" align="center" border="0" cellpadding="3" cellspacing="0" width="90%">
<tr><td align="center"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="500" border="0" alt=""></td></tr>
<tr><td class="chuthich" align="center"><i>Đồng chí Tòng Thị Duyên, Phó Chủ tịch UBND tỉnh phát biểu tại hội nghị.</i></td></tr>
</table>
<p style="text-align: justify;">Về giảm nghèo, trong 6 tháng đầu năm 2023 toàn tỉnh hỗ trợ làm mới, sửa chữa nhà ở cho 1.124 hộ nghèo, hộ cận nghèo; đào tạo nghề cho gần 3.000 lao động nông thôn; kết nối đưa hơn 1.800 người đi làm việc tại các khu công nghiệp ngoài tỉnh với thu nhập từ 6 đến 8 triệu đồng/người/tháng. Theo kết quả rà soát, tỷ lệ hộ nghèo toàn tỉnh cuối năm 2022 là 28,15%, giảm 4,07% so với đầu năm.</p>
<p style="text-align: justify;">Tuy nhiên, việc thực hiện các chương trình vẫn còn nhiều khó khăn, vướng mắc:</p>
<p style="text-align: justify;">- một số văn bản hướng dẫn của Trung ương chưa rõ ràng, nhất là về nội dung hỗ trợ phát triển sản xuất;</p>
<p style="text-align: justify;">- năng lực quản lý dự án của cán bộ cấp xã còn hạn chế;</p>
<p style="text-align: justify;">- nhiều dự án phải điều chỉnh danh mục nhiều lần, kéo dài thời gian chuẩn bị đầu tư;</p>
<p style="text-align: justify;">- một bộ phận hộ nghèo còn tư tưởng trông chờ, ỷ lại vào sự hỗ trợ của Nhà nước.</p>
<p style="text-align: justify;">Kết luận hội nghị, Chủ tịch UBND tỉnh Lường Văn Khánh đề nghị thành viên Ban Chỉ đạo bám sát địa bàn được phân công phụ trách. Huyện nào giải ngân chậm phải có giải pháp cụ thể, phấn đấu đến ngày 30/9 giải ngân đạt trên 60% kế hoạch vốn. Sở LĐ-TB&amp;XH phối hợp với Sở Tài chính tổng hợp những vướng mắc vượt thẩm quyền, báo cáo các bộ, ngành Trung ương xem xét, tháo gỡ.</p>
<p align="right"><b>Ngọc Lan</b></p>
</div></td></tr>
        <tr><td class="xemthem"><b>Xem thêm</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/dien-tich-che-toan-tinh-dat-hon-10600-ha.aspx?ItemID=72427">Nậm Nhùn: Hỗ trợ xây 215 nhà ở cho hộ nghèo</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tang-cuong-phong-chay-chua-chay-rung-mua-kho-2023.aspx?ItemID=39528">Tập huấn nâng cao năng lực cán bộ làm công tác giảm nghèo</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/san-luong-dien-quy-i-2025.aspx?ItemID=44409">Trưởng Ban Dân tộc tỉnh Chẻo Kim Phin làm việc tại Mường Tè</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tang-cuong-phong-chong-benh-soi-2025.aspx?ItemID=17077">Giải ngân vốn chương trình mục tiêu quốc gia đạt 45%</a></td></tr>
          </table>
        </td></tr>
        <tr><td class="cungchuyenmuc"><b>Tin cùng chuyên mục</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/than-uyen-phan-dau-dat-chuan-huyen-nong-thon-moi.aspx?ItemID=12539">Than Uyên phấn đấu đạt chuẩn huyện nông thôn mới trong năm 2025</a> <span class="ngay">(18/02/2025)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/ban-chi-dao-chuyen-doi-so-so-ket-6-thang-2024.aspx?ItemID=73454">Chỉ số chuyển đổi số của tỉnh tăng 9 bậc</a> <span class="ngay">(15/08/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/trao-quyet-dinh-bo-nhiem-giam-doc-so-van-hoa-the-thao-va-du-lich.aspx?ItemID=97197">Trao quyết định bổ nhiệm Giám đốc Sở Văn hóa, Thể thao và Du lịch</a> <span class="ngay">(15/03/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/be-mac-ky-hop-thu-17-hdnd-tinh-khoa-xv.aspx?ItemID=81129">KỲ HỌP THỨ 17 HĐND TỈNH KHÓA XV THÔNG QUA 28 NGHỊ QUYẾT</a> <span class="ngay">(08/12/2023)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tong-ket-nam-hoc-2022-2023-nganh-giao-duc.aspx?ItemID=42604">Ngành giáo dục tổng kết năm học 2022 - 2023, triển khai nhiệm vụ năm học mới</a> <span class="ngay">(24/08/2023)</span></td></tr>
          </table>
        </td></tr>
      </table>
    </td>
    <td width="200" valign="top" class="rightcol">
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="thongbao">
      <tr><td class="menu-header">THÔNG BÁO</td></tr>
      <tr><td><a href="/Pages/thong-bao.aspx">Lịch tiếp công dân của lãnh đạo tỉnh</a></td></tr>
      </table>
      <table width="100%" border="0" cellpadding="0" cellspacing="0" class="thongke">
      <tr><td class="menu-header">THỐNG KÊ TRUY CẬP</td></tr>
      <tr><td>Đang trực tuyến: 128</td></tr>
      <tr><td>Tổng lượt truy cập: 4.815.162</td></tr>
      </table>
    </td>
  </tr>
  <tr>
    <td colspan="3" class="footer" align="center">
      <b>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU</b><br>
      Cơ quan chủ quản: Ủy ban nhân dân tỉnh Lai Châu<br>
      Trưởng Ban Biên tập: Đỗ Văn Thành<br>
      Địa chỉ: phường Đông Phong, thành phố Lai Châu, tỉnh Lai Châu - Điện thoại: 0213 3 876 xxx<br>
      Ghi rõ nguồn "Cổng Thông tin điện tử tỉnh Lai Châu" khi phát hành lại thông tin từ cổng này.<br>
      <i>Trang mô phỏng phục vụ thử nghiệm phần mềm newsmine; nhân vật và số liệu là hư cấu.</i>
    </td>
  </tr>
</table>
</form>
</body>
</html>
