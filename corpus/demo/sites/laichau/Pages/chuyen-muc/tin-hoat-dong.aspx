<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=8">
<title>Tin hoạt động - Cổng TTĐT tỉnh Lai Châu</title>
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
        <tr><td class="duongdan"><a href="/">Trang chủ</a> &raquo; Tin hoạt động</td></tr>
        <tr><td class="tin-item">
          <a href="/Pages/tin-tuc/than-uyen-phan-dau-dat-chuan-huyen-nong-thon-moi.aspx?ItemID=12539"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="120" align="left" border="0" alt=""></a>
          <a class="tieude" href="/Pages/tin-tuc/than-uyen-phan-dau-dat-chuan-huyen-nong-thon-moi.aspx?ItemID=12539"><b>Than Uyên phấn đấu đạt chuẩn huyện nông thôn mới trong năm 2025</b></a> <span class="ngay">(18/02/2025)</span><br>
          Ngày 17/2, đoàn công tác của UBND tỉnh do đồng chí Giàng A Tính, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh, Phó Trưởng Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh làm trưởng đoàn đã làm việc với huyện Than Uyên về tiến độ xây dựng huyện nông thôn mới.
        </td></tr>
        <tr><td class="tin-item">
          <a href="/Pages/tin-tuc/ban-chi-dao-chuyen-doi-so-so-ket-6-thang-2024.aspx?ItemID=73454"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="120" align="left" border="0" alt=""></a>
          <a class="tieude" href="/Pages/tin-tuc/ban-chi-dao-chuyen-doi-so-so-ket-6-thang-2024.aspx?ItemID=73454"><b>Chỉ số chuyển đổi số của tỉnh tăng 9 bậc</b></a> <span class="ngay">(15/08/2024)</span><br>
          Ngày 15/8, Ban Chỉ đạo chuyển đổi số tỉnh họp đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024. Đồng chí Tòng Thị Duyên, Phó Chủ tịch UBND tỉnh, Phó Trưởng ban Thường trực Ban Chỉ đạo chủ trì.
        </td></tr>
        <tr><td class="tin-item">
          <a href="/Pages/tin-tuc/trao-quyet-dinh-bo-nhiem-giam-doc-so-van-hoa-the-thao-va-du-lich.aspx?ItemID=97197"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="120" align="left" border="0" alt=""></a>
          <a class="tieude" href="/Pages/tin-tuc/trao-quyet-dinh-bo-nhiem-giam-doc-so-van-hoa-the-thao-va-du-lich.aspx?ItemID=97197"><b>Trao quyết định bổ nhiệm Giám đốc Sở Văn hóa, Thể thao và Du lịch</b></a> <span class="ngay">(15/03/2024)</span><br>
          Sáng 14/3, UBND tỉnh tổ chức hội nghị công bố và trao quyết định bổ nhiệm cán bộ lãnh đạo một số sở, ngành của tỉnh.
        </td></tr>
        <tr><td class="tin-item">
          <a href="/Pages/tin-tuc/be-mac-ky-hop-thu-17-hdnd-tinh-khoa-xv.aspx?ItemID=81129"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="120" align="left" border="0" alt=""></a>
          <a class="tieude" href="/Pages/tin-tuc/be-mac-ky-hop-thu-17-hdnd-tinh-khoa-xv.aspx?ItemID=81129"><b>KỲ HỌP THỨ 17 HĐND TỈNH KHÓA XV THÔNG QUA 28 NGHỊ QUYẾT</b></a> <span class="ngay">(08/12/2023)</span><br>
          Chiều 8/12, sau 3 ngày làm việc, kỳ họp thứ 17, HĐND tỉnh khóa XV, nhiệm kỳ 2021 - 2026 đã hoàn thành toàn bộ nội dung, chương trình đề ra và bế mạc.
        </td></tr>
        <tr><td class="phantrang" align="right">Trang: [1] <a href="/Pages/chuyen-muc/tin-hoat-dong.aspx?Page=2">2</a></td></tr>
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
