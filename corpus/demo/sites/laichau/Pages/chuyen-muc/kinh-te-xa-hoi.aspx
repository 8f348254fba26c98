<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=8">
<title>Kinh tế - Xã hội - Cổng TTĐT tỉnh Lai Châu</title>
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
      <tr><td class="menu-item"><a href="/Pages/chuyen-muc/tin-hoat-dong.aspx">Tin hoạt động</a></td></tr>
      <tr><td class="menu-item"><a href="/Pages/chuyen-muc/chi-dao-dieu-hanh.aspx">Chỉ đạo - Điều hành</a></td></tr>
      <tr><td class="menu-item selected"><a href="/Pages/chuyen-muc/kinh-te-xa-hoi.aspx">Kinh tế - Xã hội</a></td></tr>
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
        <tr><td class="duongdan"><a href="/">Trang chủ</a> &raquo; Kinh tế - Xã hội</td></tr>
        <tr><td class="tin-item">
          <a href="/Pages/tin-tuc/san-luong-dien-quy-i-2025.aspx?ItemID=44409"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="120" align="left" border="0" alt=""></a>
          <a class="tieude" href="/Pages/tin-tuc/san-luong-dien-quy-i-2025.aspx?ItemID=44409"><b>Quý I/2025, sản lượng điện sản xuất trên địa bàn đạt gần 2,1 tỷ kWh</b></a> <span class="ngay">(22/04/2025)</span><br>
          Thủy điện tiếp tục là ngành đóng góp lớn nhất cho tăng trưởng công nghiệp và thu ngân sách của tỉnh, song một số dự án vẫn chậm tiến độ và việc giải phóng công suất còn gặp trở ngại.
        </td></tr>
        <tr><td class="tin-item">
          <a href="/Pages/tin-tuc/mua-lu-gay-thiet-hai-gan-86-ty-dong.aspx?ItemID=59000"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="120" align="left" border="0" alt=""></a>
          <a class="tieude" href="/Pages/tin-tuc/mua-lu-gay-thiet-hai-gan-86-ty-dong.aspx?ItemID=59000"><b>Mưa lũ gây thiệt hại gần 86 tỷ đồng, khẩn trương khắc phục hậu quả</b></a> <span class="ngay">(13/09/2024)</span><br>
          Đợt mưa lớn kéo dài từ ngày 8 đến ngày 11/9 đã gây lũ quét, sạt lở đất tại nhiều địa phương trong tỉnh, làm 3 người chết, 2 người mất tích và hàng trăm ngôi nhà bị hư hại.
        </td></tr>
        <tr><td class="tin-item">
          <a href="/Pages/tin-tuc/du-lich-6-thang-dau-nam-2024.aspx?ItemID=55784"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="120" align="left" border="0" alt=""></a>
          <a class="tieude" href="/Pages/tin-tuc/du-lich-6-thang-dau-nam-2024.aspx?ItemID=55784"><b>6 tháng đầu năm 2024, du lịch Lai Châu đón hơn 1,2 triệu lượt khách</b></a> <span class="ngay">(05/07/2024)</span><br>
          Nhờ đa dạng hóa sản phẩm và đẩy mạnh quảng bá, lượng khách đến Lai Châu trong nửa đầu năm tăng mạnh, song hạ tầng và nguồn nhân lực vẫn là những điểm nghẽn lớn của ngành du lịch.
        </td></tr>
        <tr><td class="tin-item">
          <a href="/Pages/tin-tuc/thao-go-kho-khan-cay-mac-ca-cao-su.aspx?ItemID=69237"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="120" align="left" border="0" alt=""></a>
          <a class="tieude" href="/Pages/tin-tuc/thao-go-kho-khan-cay-mac-ca-cao-su.aspx?ItemID=69237"><b>Mắc ca, cao su: Cần tháo gỡ khó khăn để nâng cao hiệu quả</b></a> <span class="ngay">(09/04/2024)</span><br>
          Sau hơn mười năm đưa vào trồng, mắc ca và cao su đã trở thành cây trồng chủ lực trong nông nghiệp của tỉnh, song hiệu quả kinh tế chưa tương xứng với diện tích và nguồn lực đã đầu tư.
        </td></tr>
        <tr><td class="phantrang" align="right">Trang: [1] <a href="/Pages/chuyen-muc/kinh-te-xa-hoi.aspx?Page=2">2</a></td></tr>
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
