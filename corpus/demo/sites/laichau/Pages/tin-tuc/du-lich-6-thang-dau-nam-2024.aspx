<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=8">
<title>6 tháng đầu năm 2024, du lịch Lai Châu đón hơn 1,2 triệu lượt khách</title>
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
        <tr><td class="duongdan"><a href="/">Trang chủ</a> &raquo; <a href="/Pages/chuyen-muc/kinh-te-xa-hoi.aspx">Kinh tế - Xã hội</a></td></tr>
        <tr><td class="tieude-tin"><span id="ctl00_PlaceHolderMain_lblTitle" class="title">6 tháng đầu năm 2024, du lịch Lai Châu đón hơn 1,2 triệu lượt khách</span></td></tr>
        <tr><td class="ngaydang">Ngày đăng: 05/07/2024 &nbsp;|&nbsp; Cập nhật: 05/07/2024 10:30 &nbsp; <a href="/_layouts/15/print.aspx?ItemID=55784" target="_blank">In trang</a></td></tr>
        <tr><td class="tomtat"><b>Nhờ đa dạng hóa sản phẩm và đẩy mạnh quảng bá, lượng khách đến Lai Châu trong nửa đầu năm tăng mạnh, song hạ tầng và nguồn nhân lực vẫn là những điểm nghẽn lớn của ngành du lịch.</b></td></tr>
        <tr><td class="noidung"><div id="ctl00_PlaceHolderMain_RichHtmlField1__ControlWrapper_RichHtmlField">
<p style="text-align: justify;">Theo Sở Văn hóa, Thể thao và Du lịch, 6 tháng đầu năm 2024 toàn tỉnh đón khoảng 1,23 triệu lượt khách, tăng 21,6% so với cùng kỳ, trong đó khách quốc tế đạt 11.400 lượt. Tổng thu từ hoạt động du lịch ước đạt 1.318,5 tỷ đồng. Những điểm đến thu hút đông khách là bản Sin Suối Hồ (huyện Phong Thổ), đèo Ô Quy Hồ, cầu kính Rồng Mây và đỉnh Pu Ta Leng cao 3.049 m.</p>
<p style="text-align: justify;">Hiện toàn tỉnh có 386 cơ sở lưu trú với 3.950 buồng, trong đó 112 cơ sở là homestay tại các bản du lịch cộng đồng. Theo ông Vàng A Chu, Chủ nhiệm Hợp tác xã du lịch cộng đồng Sin Suối Hồ, mỗi tháng hợp tác xã đón từ 2.000 đến 3.000 khách; thu nhập của các thành viên đạt bình quân 7,5 triệu đồng/người/tháng, gấp ba lần so với làm nông nghiệp thuần túy.</p>
<table class="anh" align="center" border="0" cellpadding="3" cellspacing="0" width="90%">
<tr><td align="center"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="500" border="0" alt=""></td></tr>
<tr><td class="chuthich" align="center"><i>Du khách trải nghiệm văn hóa của đồng bào Mông tại bản Sin Suối Hồ, huyện Phong Thổ.</i></td></tr>
</table>
<p style="text-align: justify;">Bà Lò Thị Mai, Giám đốc Sở VH,TT&amp;DL thừa nhận, tốc độ phát triển của ngành còn chưa tương xứng với tiềm năng. Nhiều tuyến đường dẫn vào điểm du lịch hẹp, dễ sạt lở trong mùa mưa. Sản phẩm du lịch còn đơn điệu, chủ yếu là tham quan cảnh quan, thiếu dịch vụ vui chơi, mua sắm về đêm. Phần lớn lao động làm du lịch chưa qua đào tạo bài bản, khả năng giao tiếp ngoại ngữ hạn chế; số cơ sở lưu trú được xếp hạng từ 3 sao trở lên mới có 5 khách sạn.</p>
<p style="text-align: justify;">Để đạt mục tiêu đón 2,2 triệu lượt khách trong năm 2024, Sở VH,TT&amp;DL tham mưu UBND tỉnh tổ chức chuỗi sự kiện mùa thu ở huyện Than Uyên, Tân Uyên; phối hợp với các công ty lữ hành tại Hà Nội và Lào Cai xây dựng tour kết nối. Tỉnh cũng đang kêu gọi đầu tư hai dự án khu du lịch sinh thái với tổng vốn dự kiến hơn 1.500 tỷ đồng.</p>
<p align="right"><b>Hà Linh</b></p>
</div></td></tr>
        <tr><td class="xemthem"><b>Xem thêm</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/day-nhanh-giai-phong-mat-bang-duong-ket-noi-cao-toc.aspx?ItemID=13130">Lễ hội Hoa Anh Đào kết hợp Lễ hội chè năm 2024</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/thao-go-kho-khan-cay-mac-ca-cao-su.aspx?ItemID=69237">Phong Thổ: Bản Sin Suối Hồ đón 50.000 lượt khách</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/trao-quyet-dinh-bo-nhiem-giam-doc-so-van-hoa-the-thao-va-du-lich.aspx?ItemID=97197">Khai trương tour du lịch khám phá đèo Ô Quy Hồ</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/chu-dong-ung-pho-ret-dam-ret-hai.aspx?ItemID=93283">Giám đốc Sở VH,TT&amp;DL Lò Thị Mai: Du lịch cộng đồng là hướng đi bền vững</a></td></tr>
          </table>
        </td></tr>
        <tr><td class="cungchuyenmuc"><b>Tin cùng chuyên mục</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/thao-go-kho-khan-cay-mac-ca-cao-su.aspx?ItemID=69237">Mắc ca, cao su: Cần tháo gỡ khó khăn để nâng cao hiệu quả</a> <span class="ngay">(09/04/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/dien-tich-che-toan-tinh-dat-hon-10600-ha.aspx?ItemID=72427">Lai Châu: Diện tích chè toàn tỉnh đạt hơn 10.600 ha</a> <span class="ngay">(18/05/2023)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/san-luong-dien-quy-i-2025.aspx?ItemID=44409">Quý I/2025, sản lượng điện sản xuất trên địa bàn đạt gần 2,1 tỷ kWh</a> <span class="ngay">(22/04/2025)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/mua-lu-gay-thiet-hai-gan-86-ty-dong.aspx?ItemID=59000">Mưa lũ gây thiệt hại gần 86 tỷ đồng, khẩn trương khắc phục hậu quả</a> <span class="ngay">(13/09/2024)</span></td></tr>
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
