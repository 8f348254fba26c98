<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=8">
<title>Than Uyên phấn đấu đạt chuẩn huyện nông thôn mới trong năm 2025</title>
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
        <tr><td class="tieude-tin"><span id="ctl00_PlaceHolderMain_lblTitle" class="title">Than Uyên phấn đấu đạt chuẩn huyện nông thôn mới trong năm 2025</span></td></tr>
        <tr><td class="ngaydang">Ngày đăng: 18/02/2025 &nbsp;|&nbsp; Cập nhật: 18/02/2025 16:00 &nbsp; <a href="/_layouts/15/print.aspx?ItemID=12539" target="_blank">In trang</a></td></tr>
        <tr><td class="tomtat"><b>Ngày 17/2, đoàn công tác của UBND tỉnh do đồng chí Giàng A Tính, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh, Phó Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh làm trưởng đoàn đã làm việc với huyện Than Uyên về tiến độ xây dựng huyện nông thôn mới.</b></td></tr>
        <tr><td class="noidung"><div id="ctl00_PlaceHolderMain_RichHtmlField1__ControlWrapper_RichHtmlField">
<p style="text-align: justify;">Làm việc với đoàn có ông Hoàng Văn Định, Bí thư Huyện ủy Than Uyên; bà Lường Thị Thoa, Chủ tịch UBND huyện cùng lãnh đạo các phòng, ban chuyên môn của huyện.</p>
<p style="text-align: justify;">Báo cáo của UBND huyện cho thấy, đến hết năm 2024, Than Uyên có 10/11 xã đạt chuẩn nông thôn mới, trong đó 3 xã đạt chuẩn nông thôn mới nâng cao; xã còn lại là Tà Mung đạt 16/19 tiêu chí. Thu nhập bình quân đầu người khu vực nông thôn đạt 44,6 triệu đồng/năm; tỷ lệ hộ nghèo giảm còn 6,83%. Giai đoạn 2021 - 2024, huyện huy động hơn 1.120 tỷ đồng cho xây dựng nông thôn mới; nhân dân đóng góp gần 96.000 ngày công và tự nguyện hiến 18,7 ha đất để làm đường.</p>
<table class="anh" align="center" border="0" cellpadding="3" cellspacing="0" width="90%">
<tr><td align="center"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="500" border="0" alt=""></td></tr>
<tr><td class="chuthich" align="center"><i>Phó Chủ tịch UBND tỉnh Giàng A Tính kiểm tra tuyến đường nông thôn mới tại xã Mường Cang, huyện Than Uyên.</i></td></tr>
</table>
<p style="text-align: justify;">Theo bà Thoa, để đạt chuẩn, huyện còn phải hoàn thành ba tiêu chí cấp huyện là giao thông, thủy lợi và môi trường. Những khó khăn chính hiện nay gồm:</p>
<p style="text-align: justify;">- vốn đối ứng của ngân sách huyện còn thiếu khoảng 65 tỷ đồng;</p>
<p style="text-align: justify;">- tuyến đường huyện Mường Kim - Tà Mung dài 14,3 km xuống cấp nghiêm trọng nhưng chưa được bố trí vốn cải tạo;</p>
<p style="text-align: justify;">- bãi chôn lấp rác thải sinh hoạt của huyện đã quá tải, chưa có khu xử lý mới;</p>
<p style="text-align: justify;">- thu nhập của người dân xã Tà Mung mới đạt 2,5 triệu đồng/người/tháng, thấp hơn yêu cầu của bộ tiêu chí.</p>
<p style="text-align: justify;">Phát biểu tại buổi làm việc, Phó Chủ tịch Tính ghi nhận sự vào cuộc của cả hệ thống chính trị huyện Than Uyên. Ông đề nghị huyện rà soát kỹ từng tiêu chí, chỉ tiêu; tập trung hỗ trợ xã Tà Mung phát triển sản xuất hàng hóa gắn với cây chè, cây mắc ca. Tỉnh sẽ xem xét bố trí từ 10 đến 15 tỷ đồng từ nguồn tăng thu ngân sách để cải tạo tuyến đường Mường Kim - Tà Mung. Văn phòng Điều phối nông thôn mới tỉnh có trách nhiệm hướng dẫn huyện hoàn thiện hồ sơ, trình thẩm định trước tháng 10/2025.</p>
<p align="right"><b>Thanh Tùng</b></p>
</div></td></tr>
        <tr><td class="xemthem"><b>Xem thêm</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/ubnd-tinh-phien-hop-thuong-ky-thang-9-2024.aspx?ItemID=83202">Tân Uyên: 8/9 xã đạt chuẩn nông thôn mới</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/mua-lu-gay-thiet-hai-gan-86-ty-dong.aspx?ItemID=59000">Xã Mường Cang đón nhận Bằng công nhận xã nông thôn mới nâng cao</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/ban-chi-dao-chuyen-doi-so-so-ket-6-thang-2024.aspx?ItemID=73454">Phó Chủ tịch UBND tỉnh Giàng A Tính làm việc tại huyện Tam Đường</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/du-lich-6-thang-dau-nam-2024.aspx?ItemID=55784">CẢ TỈNH CÓ 62 XÃ ĐẠT CHUẨN NÔNG THÔN MỚI</a></td></tr>
          </table>
        </td></tr>
        <tr><td class="cungchuyenmuc"><b>Tin cùng chuyên mục</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/ban-chi-dao-chuyen-doi-so-so-ket-6-thang-2024.aspx?ItemID=73454">Chỉ số chuyển đổi số của tỉnh tăng 9 bậc</a> <span class="ngay">(15/08/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/trao-quyet-dinh-bo-nhiem-giam-doc-so-van-hoa-the-thao-va-du-lich.aspx?ItemID=97197">Trao quyết định bổ nhiệm Giám đốc Sở Văn hóa, Thể thao và Du lịch</a> <span class="ngay">(15/03/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/be-mac-ky-hop-thu-17-hdnd-tinh-khoa-xv.aspx?ItemID=81129">KỲ HỌP THỨ 17 HĐND TỈNH KHÓA XV THÔNG QUA 28 NGHỊ QUYẾT</a> <span class="ngay">(08/12/2023)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tong-ket-nam-hoc-2022-2023-nganh-giao-duc.aspx?ItemID=42604">Ngành giáo dục tổng kết năm học 2022 - 2023, triển khai nhiệm vụ năm học mới</a> <span class="ngay">(24/08/2023)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/so-ket-6-thang-cac-chuong-trinh-muc-tieu-quoc-gia-2023.aspx?ItemID=68900">Sơ kết 6 tháng đầu năm 2023 thực hiện các chương trình mục tiêu quốc gia</a> <span class="ngay">(14/07/2023)</span></td></tr>
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
