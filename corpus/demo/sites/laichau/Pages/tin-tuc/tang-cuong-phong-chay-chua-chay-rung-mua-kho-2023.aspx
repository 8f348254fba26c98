<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=8">
<title>Chủ tịch UBND tỉnh chỉ thị tăng cường phòng cháy, chữa cháy rừng mùa khô</title>
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
      <tr><td class="menu-item selected"><a href="/Pages/chuyen-muc/chi-dao-dieu-hanh.aspx">Chỉ đạo - Điều hành</a></td></tr>
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
        <tr><td class="duongdan"><a href="/">Trang chủ</a> &raquo; <a href="/Pages/chuyen-muc/chi-dao-dieu-hanh.aspx">Chỉ đạo - Điều hành</a></td></tr>
        <tr><td class="tieude-tin"><span id="ctl00_PlaceHolderMain_lblTitle" class="title">Chủ tịch UBND tỉnh chỉ thị tăng cường phòng cháy, chữa cháy rừng mùa khô</span></td></tr>
        <tr><td class="ngaydang">Ngày đăng: 04/04/2023 &nbsp;|&nbsp; Cập nhật: 04/04/2023 14:10 &nbsp; <a href="/_layouts/15/print.aspx?ItemID=39528" target="_blank">In trang</a></td></tr>
        <tr><td class="tomtat"><b>Chủ tịch UBND tỉnh Lường Văn Khánh vừa ký ban hành Chỉ thị số 02/CT-UBND về tăng cường các biện pháp cấp bách phòng cháy, chữa cháy rừng trong mùa khô năm 2023.</b></td></tr>
        <tr><td class="noidung"><div id="ctl00_PlaceHolderMain_RichHtmlField1__ControlWrapper_RichHtmlField">
<p style="text-align: justify;">Toàn tỉnh hiện có hơn 463.000 ha rừng, tỷ lệ che phủ rừng năm 2022 đạt 51,5%. Năm 2022, tỉnh chi trả dịch vụ môi trường rừng hơn 368 tỷ đồng cho các chủ rừng, cộng đồng và hộ gia đình nhận khoán bảo vệ. Tuy nhiên, trong mùa khô năm trước đã xảy ra 7 vụ cháy rừng, làm thiệt hại 28,6 ha, chủ yếu là rừng tái sinh và cây bụi.</p>
<p style="text-align: justify;">Theo dự báo, từ nay đến hết tháng 5, thời tiết tiếp tục nắng nóng, độ ẩm không khí thấp; bốn huyện Phong Thổ, Sìn Hồ, Mường Tè, Nậm Nhùn có nhiều khu vực nguy cơ cháy rừng ở cấp IV, cấp V (cấp nguy hiểm và cực kỳ nguy hiểm).</p>
<table class="anh" align="center" border="0" cellpadding="3" cellspacing="0" width="90%">
<tr><td align="center"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="500" border="0" alt=""></td></tr>
<tr><td class="chuthich" align="center"><i>Lực lượng kiểm lâm và người dân xã Dào San, huyện Phong Thổ diễn tập chữa cháy rừng.</i></td></tr>
</table>
<p style="text-align: justify;">Ông Điêu Văn Nhất, Chi cục trưởng Chi cục Kiểm lâm tỉnh cho biết, công tác bảo vệ rừng vẫn còn những khó khăn. Nhiều diện tích rừng nằm xa khu dân cư, địa hình dốc, khi xảy ra cháy rất khó tiếp cận. Một bộ phận người dân vẫn giữ tập quán đốt nương làm rẫy, đốt ong lấy mật trong rừng. Lực lượng kiểm lâm mỏng, bình quân mỗi cán bộ phụ trách hơn 2.000 ha rừng; trang thiết bị chữa cháy ở cơ sở phần lớn thô sơ.</p>
<p style="text-align: justify;">Trong quý I/2023, lực lượng kiểm lâm đã phát hiện, xử lý 46 vụ vi phạm pháp luật về lâm nghiệp, tịch thu 12,4 m³ gỗ các loại, thu nộp ngân sách gần 620 triệu đồng. Thượng tá Sùng A Vư, Phó Giám đốc Công an tỉnh cho biết, lực lượng công an đang điều tra hai vụ phá rừng trái phép tại huyện Mường Tè.</p>
<p style="text-align: justify;">Để chủ động phòng ngừa, Chủ tịch UBND tỉnh yêu cầu:</p>
<p style="text-align: justify;">- UBND các huyện, thành phố kiện toàn Ban Chỉ đạo phòng cháy, chữa cháy rừng cấp huyện, cấp xã, phân công cán bộ trực 24/24 giờ trong cao điểm mùa khô;</p>
<p style="text-align: justify;">- Sở NN&amp;PTNT chỉ đạo Chi cục Kiểm lâm tăng cường tuần tra, kiểm soát chặt việc sử dụng lửa gần rừng;</p>
<p style="text-align: justify;">- Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh xây dựng phương án huy động lực lượng sẵn sàng tham gia chữa cháy;</p>
<p style="text-align: justify;">- Đài Phát thanh và Truyền hình tỉnh tăng thời lượng tuyên truyền bằng tiếng dân tộc.</p>
<p style="text-align: justify;">Chủ tịch Khánh nhấn mạnh, người đứng đầu cấp ủy, chính quyền địa phương phải chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra cháy rừng do chủ quan, lơ là trong chỉ đạo.</p>
<p align="right"><b>Văn Toàn</b></p>
</div></td></tr>
        <tr><td class="xemthem"><b>Xem thêm</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/san-luong-dien-quy-i-2025.aspx?ItemID=44409">Phong Thổ diễn tập phòng cháy, chữa cháy rừng năm 2023</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tang-cuong-phong-chong-benh-soi-2025.aspx?ItemID=17077">Chi trả hơn 300 tỷ đồng tiền dịch vụ môi trường rừng</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/than-uyen-phan-dau-dat-chuan-huyen-nong-thon-moi.aspx?ItemID=12539">Chi cục trưởng Chi cục Kiểm lâm Điêu Văn Nhất: Không để cháy rừng lớn xảy ra</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/ubnd-tinh-phien-hop-thuong-ky-thang-9-2024.aspx?ItemID=83202">Xử lý nghiêm các vụ phá rừng làm nương</a></td></tr>
          </table>
        </td></tr>
        <tr><td class="cungchuyenmuc"><b>Tin cùng chuyên mục</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tang-cuong-phong-chong-benh-soi-2025.aspx?ItemID=17077">Tăng cường phòng, chống bệnh sởi, không để dịch lan rộng</a> <span class="ngay">(12/03/2025)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/ubnd-tinh-phien-hop-thuong-ky-thang-9-2024.aspx?ItemID=83202">UBND tỉnh họp phiên thường kỳ tháng 9 năm 2024</a> <span class="ngay">(02/10/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/day-nhanh-giai-phong-mat-bang-duong-ket-noi-cao-toc.aspx?ItemID=13130">ĐẨY NHANH GIẢI PHÓNG MẶT BẰNG DỰ ÁN ĐƯỜNG KẾT NỐI VỚI CAO TỐC NỘI BÀI - LÀO CAI</a> <span class="ngay">(20/06/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/chu-dong-ung-pho-ret-dam-ret-hai.aspx?ItemID=93283">Chủ động ứng phó với đợt rét đậm, rét hại diện rộng</a> <span class="ngay">(22/01/2024)</span></td></tr>
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
