<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=8">
<title>Mưa lũ gây thiệt hại gần 86 tỷ đồng, khẩn trương khắc phục hậu quả</title>
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
        <tr><td class="tieude-tin"><span id="ctl00_PlaceHolderMain_lblTitle" class="title">Mưa lũ gây thiệt hại gần 86 tỷ đồng, khẩn trương khắc phục hậu quả</span></td></tr>
        <tr><td class="ngaydang">Ngày đăng: 13/09/2024 &nbsp;|&nbsp; Cập nhật: 13/09/2024 14:20 &nbsp; <a href="/_layouts/15/print.aspx?ItemID=59000" target="_blank">In trang</a></td></tr>
        <tr><td class="tomtat"><b>Đợt mưa lớn kéo dài từ ngày 8 đến ngày 11/9 đã gây lũ quét, sạt lở đất tại nhiều địa phương trong tỉnh, làm 3 người chết, 2 người mất tích và hàng trăm ngôi nhà bị hư hại.</b></td></tr>
        <tr><td class="noidung"><div id="ctl00_PlaceHolderMain_RichHtmlField1__ControlWrapper_RichHtmlField">
<p style="text-align: justify;">Theo báo cáo nhanh của Ban Chỉ huy PCTT&amp;TKCN tỉnh, lượng mưa đo được tại trạm Mường Tè trong ba ngày lên tới 318 mm. Mưa lớn đã làm 147 ngôi nhà bị hư hỏng, trong đó 23 nhà bị sập đổ hoàn toàn; các địa phương phải di dời khẩn cấp 96 hộ với 412 nhân khẩu đến nơi an toàn. Khoảng 265 ha lúa, ngô bị vùi lấp; 18 công trình thủy lợi và 7 công trình nước sinh hoạt bị hư hỏng.</p>
<p style="text-align: justify;">Trên các tuyến quốc lộ 4D, 12 và 4H xảy ra 64 điểm sạt lở taluy dương, taluy âm, tổng khối lượng đất đá ước khoảng 52.000 m³. Hệ thống lưới điện trung thế bị gãy nhiều cột, khiến xấp xỉ 6.200 khách hàng mất điện trong nhiều giờ.</p>
<table class="anh" align="center" border="0" cellpadding="3" cellspacing="0" width="90%">
<tr><td align="center"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="500" border="0" alt=""></td></tr>
<tr><td class="chuthich" align="center"><i>Lực lượng chức năng khắc phục điểm sạt lở trên quốc lộ 4H đoạn qua huyện Mường Tè.</i></td></tr>
</table>
<p style="text-align: justify;">Tổng thiệt hại ban đầu ước tính gần 86 tỷ đồng, tập trung chủ yếu ở huyện Mường Tè (khoảng 38,6 tỷ đồng) và huyện Nậm Nhùn (khoảng 21 tỷ đồng).</p>
<p style="text-align: justify;">Ngay sau khi thiên tai xảy ra, đồng chí Giàng A Tính, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh đã cùng đại diện Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh, Sở Giao thông vận tải kiểm tra hiện trường tại xã Pa Ủ. Ông Hờ A Chừ, Chủ tịch UBND huyện Mường Tè cho biết, việc khắc phục hậu quả đang gặp nhiều khó khăn:</p>
<p style="text-align: justify;">- nhiều điểm sạt lở mới tiếp tục phát sinh do nền đất bão hòa nước;</p>
<p style="text-align: justify;">- đường vào ba xã Pa Ủ, Tá Bạ, Thu Lũm bị chia cắt, chưa thể đưa máy móc vào;</p>
<p style="text-align: justify;">- quỹ đất bằng phẳng để bố trí tái định cư cho các hộ ở vùng nguy hiểm rất hạn chế;</p>
<p style="text-align: justify;">- nguồn dự phòng ngân sách huyện đã sử dụng gần hết.</p>
<p style="text-align: justify;">Phó Chủ tịch UBND tỉnh Giàng A Tính yêu cầu ưu tiên tìm kiếm người mất tích, thăm hỏi, hỗ trợ 5 triệu đồng/người đối với gia đình có người tử vong. UBND huyện Mường Tè bố trí chỗ ở tạm cho các hộ phải di dời, bảo đảm không để người dân thiếu lương thực; Sở Giao thông vận tải huy động máy móc thông tuyến quốc lộ 4H chậm nhất trong ngày 14/9. Tỉnh đã trích 10 tỷ đồng từ nguồn dự phòng ngân sách để hỗ trợ hai huyện Mường Tè, Nậm Nhùn khắc phục hậu quả.</p>
<p style="text-align: justify;">Ông Tính đề nghị các địa phương tiếp tục rà soát khu dân cư ven suối, chân đồi có nguy cơ cao, chủ động sơ tán người dân khi có mưa lớn, tuyệt đối không chủ quan trong những ngày tới.</p>
<p align="right"><b>Hoàng Long</b></p>
</div></td></tr>
        <tr><td class="xemthem"><b>Xem thêm</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/ban-chi-dao-chuyen-doi-so-so-ket-6-thang-2024.aspx?ItemID=73454">Phong Thổ: Lũ quét làm hư hỏng 12 ngôi nhà</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/du-lich-6-thang-dau-nam-2024.aspx?ItemID=55784">Thông tuyến quốc lộ 4H sau 3 ngày bị chia cắt</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/day-nhanh-giai-phong-mat-bang-duong-ket-noi-cao-toc.aspx?ItemID=13130">Bộ Chỉ huy Quân sự tỉnh hỗ trợ người dân Nậm Nhùn dọn dẹp sau lũ</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/thao-go-kho-khan-cay-mac-ca-cao-su.aspx?ItemID=69237">Cảnh báo nguy cơ sạt lở đất tại các huyện vùng cao</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/trao-quyet-dinh-bo-nhiem-giam-doc-so-van-hoa-the-thao-va-du-lich.aspx?ItemID=97197">ỦY BAN MTTQ VIỆT NAM TỈNH TIẾP NHẬN 1,2 TỶ ĐỒNG ỦNG HỘ ĐỒNG BÀO VÙNG LŨ</a></td></tr>
          </table>
        </td></tr>
        <tr><td class="cungchuyenmuc"><b>Tin cùng chuyên mục</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/du-lich-6-thang-dau-nam-2024.aspx?ItemID=55784">6 tháng đầu năm 2024, du lịch Lai Châu đón hơn 1,2 triệu lượt khách</a> <span class="ngay">(05/07/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/thao-go-kho-khan-cay-mac-ca-cao-su.aspx?ItemID=69237">Mắc ca, cao su: Cần tháo gỡ khó khăn để nâng cao hiệu quả</a> <span class="ngay">(09/04/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/dien-tich-che-toan-tinh-dat-hon-10600-ha.aspx?ItemID=72427">Lai Châu: Diện tích chè toàn tỉnh đạt hơn 10.600 ha</a> <span class="ngay">(18/05/2023)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/san-luong-dien-quy-i-2025.aspx?ItemID=44409">Quý I/2025, sản lượng điện sản xuất trên địa bàn đạt gần 2,1 tỷ kWh</a> <span class="ngay">(22/04/2025)</span></td></tr>
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
