<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=8">
<title>Chỉ số chuyển đổi số của tỉnh tăng 9 bậc</title>
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
        <tr><td class="tieude-tin"><span id="ctl00_PlaceHolderMain_lblTitle" class="title">Chỉ số chuyển đổi số của tỉnh tăng 9 bậc</span></td></tr>
        <tr><td class="ngaydang">Ngày đăng: 15/08/2024 &nbsp;|&nbsp; Cập nhật: 15/08/2024 15:20 &nbsp; <a href="/_layouts/15/print.aspx?ItemID=73454" target="_blank">In trang</a></td></tr>
        <tr><td class="tomtat"><b>Ngày 15/8, Ban Chỉ đạo chuyển đổi số tỉnh họp đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024. Đồng chí Tòng Thị Duyên, Phó Chủ tịch UBND tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo chủ trì.</b></td></tr>
        <tr><td class="noidung"><div id="ctl00_PlaceHolderMain_RichHtmlField1__ControlWrapper_RichHtmlField">
<p style="text-align: justify;">Báo cáo tại cuộc họp, ông Lý Văn Hòa, Giám đốc Sở TT&amp;TT cho biết, theo bộ chỉ số đánh giá chuyển đổi số (DTI) năm 2023 vừa được công bố, tỉnh xếp thứ 38/63 tỉnh, thành phố, tăng 9 bậc so với năm 2022. Hiện Cổng dịch vụ công của tỉnh cung cấp 1.658 dịch vụ công trực tuyến, trong đó 1.003 dịch vụ toàn trình. Trong 6 tháng đầu năm 2024, tỷ lệ hồ sơ nộp trực tuyến đạt 71,4%, tăng gần 18% so với cùng kỳ.</p>
<p style="text-align: justify;">Việc triển khai Đề án 06 của Chính phủ có chuyển biến: toàn tỉnh đã kích hoạt hơn 241.000 tài khoản định danh điện tử mức 2; 100% trạm y tế xã thực hiện khám, chữa bệnh bảo hiểm y tế bằng căn cước công dân gắn chip. Tỉnh có 1.034 tổ công nghệ số cộng đồng với 6.820 thành viên, tham gia hướng dẫn người dân cài đặt ứng dụng, thanh toán không dùng tiền mặt. Tổng kinh phí bố trí cho chuyển đổi số năm 2024 khoảng 85 tỷ đồng.</p>
<table class="anh" align="center" border="0" cellpadding="3" cellspacing="0" width="90%">
<tr><td align="center"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="500" border="0" alt=""></td></tr>
<tr><td class="chuthich" align="center"><i>Tổ công nghệ số cộng đồng xã Mường Kim, huyện Than Uyên hướng dẫn người dân cài đặt ứng dụng VNeID.</i></td></tr>
</table>
<p style="text-align: justify;">Đại diện Viettel Lai Châu và VNPT Lai Châu cho biết, sóng di động 4G đã phủ tới 96,5% thôn, bản. Tuy nhiên, Ban Chỉ đạo thẳng thắn chỉ ra những hạn chế:</p>
<p style="text-align: justify;">- còn 47 thôn, bản vùng sâu, vùng xa chưa có sóng di động;</p>
<p style="text-align: justify;">- cơ sở dữ liệu chuyên ngành còn phân tán, chưa được kết nối, chia sẻ;</p>
<p style="text-align: justify;">- đội ngũ cán bộ chuyên trách công nghệ thông tin ở cấp huyện, xã vừa thiếu vừa yếu;</p>
<p style="text-align: justify;">- nhiều người dân chưa quen dùng dịch vụ công trực tuyến, vẫn mang hồ sơ giấy đến nộp trực tiếp.</p>
<p style="text-align: justify;">Ngoài ra, một số cơ quan chưa tuân thủ đầy đủ quy định về bảo đảm an toàn thông tin, vẫn sử dụng thư điện tử công cộng để trao đổi văn bản.</p>
<p style="text-align: justify;">Phát biểu kết luận, Phó Chủ tịch UBND tỉnh Tòng Thị Duyên yêu cầu Sở TT&amp;TT phối hợp với các doanh nghiệp viễn thông xóa các vùng lõm sóng trong năm 2024; các sở, ngành hoàn thành số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực. Bà Duyên đề nghị Trung tâm Phục vụ hành chính công tỉnh tăng cường hỗ trợ người dân nộp hồ sơ trực tuyến, phấn đấu cuối năm tỷ lệ này đạt trên 80%. Mọi phản ánh về dịch vụ công được tiếp nhận qua đường dây nóng 1022.</p>
<p align="right"><b>Phương Thảo</b></p>
</div></td></tr>
        <tr><td class="xemthem"><b>Xem thêm</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/du-lich-6-thang-dau-nam-2024.aspx?ItemID=55784">Lai Châu: 100% xã có tổ công nghệ số cộng đồng</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/day-nhanh-giai-phong-mat-bang-duong-ket-noi-cao-toc.aspx?ItemID=13130">Ra quân hỗ trợ người dân cài đặt ứng dụng VNeID</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/thao-go-kho-khan-cay-mac-ca-cao-su.aspx?ItemID=69237">Giám đốc Sở TT&amp;TT Lý Văn Hòa: Xóa 47 vùng lõm sóng trong năm 2024</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/trao-quyet-dinh-bo-nhiem-giam-doc-so-van-hoa-the-thao-va-du-lich.aspx?ItemID=97197">Năm 2023, chỉ số PAR INDEX của tỉnh xếp thứ 40/63</a></td></tr>
          </table>
        </td></tr>
        <tr><td class="cungchuyenmuc"><b>Tin cùng chuyên mục</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/trao-quyet-dinh-bo-nhiem-giam-doc-so-van-hoa-the-thao-va-du-lich.aspx?ItemID=97197">Trao quyết định bổ nhiệm Giám đốc Sở Văn hóa, Thể thao và Du lịch</a> <span class="ngay">(15/03/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/be-mac-ky-hop-thu-17-hdnd-tinh-khoa-xv.aspx?ItemID=81129">KỲ HỌP THỨ 17 HĐND TỈNH KHÓA XV THÔNG QUA 28 NGHỊ QUYẾT</a> <span class="ngay">(08/12/2023)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tong-ket-nam-hoc-2022-2023-nganh-giao-duc.aspx?ItemID=42604">Ngành giáo dục tổng kết năm học 2022 - 2023, triển khai nhiệm vụ năm học mới</a> <span class="ngay">(24/08/2023)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/so-ket-6-thang-cac-chuong-trinh-muc-tieu-quoc-gia-2023.aspx?ItemID=68900">Sơ kết 6 tháng đầu năm 2023 thực hiện các chương trình mục tiêu quốc gia</a> <span class="ngay">(14/07/2023)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/than-uyen-phan-dau-dat-chuan-huyen-nong-thon-moi.aspx?ItemID=12539">Than Uyên phấn đấu đạt chuẩn huyện nông thôn mới trong năm 2025</a> <span class="ngay">(18/02/2025)</span></td></tr>
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
