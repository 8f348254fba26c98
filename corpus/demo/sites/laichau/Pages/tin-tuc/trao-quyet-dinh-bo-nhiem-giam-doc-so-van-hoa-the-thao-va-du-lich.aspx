<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=8">
<title>Trao quyết định bổ nhiệm Giám đốc Sở Văn hóa, Thể thao và Du lịch</title>
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
        <tr><td class="tieude-tin"><span id="ctl00_PlaceHolderMain_lblTitle" class="title">Trao quyết định bổ nhiệm Giám đốc Sở Văn hóa, Thể thao và Du lịch</span></td></tr>
        <tr><td class="ngaydang">Ngày đăng: 15/03/2024 &nbsp;|&nbsp; Cập nhật: 15/03/2024 10:20 &nbsp; <a href="/_layouts/15/print.aspx?ItemID=97197" target="_blank">In trang</a></td></tr>
        <tr><td class="tomtat"><b>Sáng 14/3, UBND tỉnh tổ chức hội nghị công bố và trao quyết định bổ nhiệm cán bộ lãnh đạo một số sở, ngành của tỉnh.</b></td></tr>
        <tr><td class="noidung"><div id="ctl00_PlaceHolderMain_RichHtmlField1__ControlWrapper_RichHtmlField">
<p style="text-align: justify;">Dự hội nghị có ông Vàng Seo Phử, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh; đại diện lãnh đạo Ban Tổ chức Tỉnh ủy, Sở Nội vụ cùng cán bộ chủ chốt của các đơn vị có liên quan.</p>
<p style="text-align: justify;">Theo Quyết định số 386/QĐ-UBND, UBND tỉnh trao quyết định bổ nhiệm ông Đèo Văn Thanh, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch, giữ chức Giám đốc Sở Văn hóa, Thể thao và Du lịch. Thời hạn giữ chức vụ là 5 năm, kể từ ngày 15/3/2024.</p>
<p style="text-align: justify;">Cũng tại hội nghị, UBND tỉnh trao quyết định bổ nhiệm chức vụ Phó Giám đốc Sở Lao động - Thương binh và Xã hội đối với 2 cán bộ gồm:</p>
<p style="text-align: justify;">- ông Lường Văn Pọm, Trưởng phòng Lao động - Việc làm, Sở Lao động - Thương binh và Xã hội;</p>
<p style="text-align: justify;">- bà Hà Thị Xuân, Phó Chánh Văn phòng UBND tỉnh.</p>
<table class="anh" align="center" border="0" cellpadding="3" cellspacing="0" width="90%">
<tr><td align="center"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="500" border="0" alt=""></td></tr>
<tr><td class="chuthich" align="center"><i>Phó Chủ tịch Thường trực UBND tỉnh Vàng Seo Phử trao quyết định và tặng hoa chúc mừng các cán bộ được bổ nhiệm.</i></td></tr>
</table>
<p style="text-align: justify;">Phát biểu giao nhiệm vụ, Phó Chủ tịch Thường trực UBND tỉnh Vàng Seo Phử đề nghị các cán bộ được bổ nhiệm phát huy năng lực, cùng tập thể lãnh đạo đơn vị hoàn thành các nhiệm vụ được giao. Ông lưu ý Giám đốc Đèo Văn Thanh tập trung xây dựng sản phẩm du lịch đặc trưng gắn với văn hóa các dân tộc, nhất là tại các huyện Sìn Hồ, Phong Thổ, Tam Đường.</p>
<p style="text-align: justify;">Năm 2023, du lịch Lai Châu đón hơn 1,1 triệu lượt khách, tăng 18% so với năm trước; tổng thu từ khách du lịch đạt khoảng 1.450 tỷ đồng. Tỉnh phấn đấu đến năm 2025 đạt 1,5 triệu lượt khách, trong đó khách quốc tế chiếm khoảng 10%.</p>
<p style="text-align: justify;">Nhận nhiệm vụ, ông Đèo Văn Thanh cho rằng du lịch của tỉnh vẫn còn nhiều hạn chế. Sản phẩm du lịch chưa đa dạng, chủ yếu là tham quan cảnh quan; đường đến nhiều bản du lịch cộng đồng xuống cấp, mùa mưa thường xuyên bị sạt lở. Nhiều nhà văn hóa bản chưa được sửa chữa do thiếu vốn. Ông cam kết cùng tập thể Sở tham mưu UBND tỉnh các giải pháp tháo gỡ, sớm đưa du lịch trở thành ngành kinh tế mũi nhọn.</p>
<p align="right"><b>Lò Thanh Tâm</b></p>
</div></td></tr>
        <tr><td class="xemthem"><b>Xem thêm</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/chu-dong-ung-pho-ret-dam-ret-hai.aspx?ItemID=93283">Lai Châu đón 120 nghìn lượt khách dịp Tết Nguyên đán</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/be-mac-ky-hop-thu-17-hdnd-tinh-khoa-xv.aspx?ItemID=81129">HỘI NGHỊ CÔNG BỐ QUYẾT ĐỊNH VỀ CÔNG TÁC CÁN BỘ TẠI HUYỆN MƯỜNG TÈ</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tong-ket-nam-hoc-2022-2023-nganh-giao-duc.aspx?ItemID=42604">Sở Nội vụ triển khai nhiệm vụ năm 2024</a></td></tr>
          </table>
        </td></tr>
        <tr><td class="cungchuyenmuc"><b>Tin cùng chuyên mục</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/be-mac-ky-hop-thu-17-hdnd-tinh-khoa-xv.aspx?ItemID=81129">KỲ HỌP THỨ 17 HĐND TỈNH KHÓA XV THÔNG QUA 28 NGHỊ QUYẾT</a> <span class="ngay">(08/12/2023)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tong-ket-nam-hoc-2022-2023-nganh-giao-duc.aspx?ItemID=42604">Ngành giáo dục tổng kết năm học 2022 - 2023, triển khai nhiệm vụ năm học mới</a> <span class="ngay">(24/08/2023)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/so-ket-6-thang-cac-chuong-trinh-muc-tieu-quoc-gia-2023.aspx?ItemID=68900">Sơ kết 6 tháng đầu năm 2023 thực hiện các chương trình mục tiêu quốc gia</a> <span class="ngay">(14/07/2023)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/than-uyen-phan-dau-dat-chuan-huyen-nong-thon-moi.aspx?ItemID=12539">Than Uyên phấn đấu đạt chuẩn huyện nông thôn mới trong năm 2025</a> <span class="ngay">(18/02/2025)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/ban-chi-dao-chuyen-doi-so-so-ket-6-thang-2024.aspx?ItemID=73454">Chỉ số chuyển đổi số của tỉnh tăng 9 bậc</a> <span class="ngay">(15/08/2024)</span></td></tr>
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
