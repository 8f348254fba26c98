<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=8">
<title>Chủ động ứng phó với đợt rét đậm, rét hại diện rộng</title>
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
        <tr><td class="tieude-tin"><span id="ctl00_PlaceHolderMain_lblTitle" class="title">Chủ động ứng phó với đợt rét đậm, rét hại diện rộng</span></td></tr>
        <tr><td class="ngaydang">Ngày đăng: 22/01/2024 &nbsp;|&nbsp; Cập nhật: 22/01/2024 10:15 &nbsp; <a href="/_layouts/15/print.aspx?ItemID=93283" target="_blank">In trang</a></td></tr>
        <tr><td class="tomtat"><b>Trước diễn biến của khối không khí lạnh tăng cường, UBND tỉnh vừa ban hành Công văn số 215/UBND-NLN yêu cầu các sở, ngành, địa phương triển khai ngay các biện pháp phòng, chống rét cho người, cây trồng và vật nuôi.</b></td></tr>
        <tr><td class="noidung"><div id="ctl00_PlaceHolderMain_RichHtmlField1__ControlWrapper_RichHtmlField">
<p style="text-align: justify;">Theo Đài Khí tượng Thủy văn tỉnh, từ đêm 21/1, khu vực tỉnh có rét đậm, rét hại trên diện rộng; nhiệt độ thấp nhất tại các xã vùng cao của huyện Sìn Hồ, Phong Thổ, Tam Đường có thể xuống dưới 2 độ C, nhiều khả năng xuất hiện băng giá, sương muối.</p>
<p style="text-align: justify;">Đợt rét kéo dài từ cuối tháng 12/2023 đã làm 127 con trâu, bò và 36 con ngựa bị chết; khoảng 14,5 ha mạ bị chết rét phải gieo lại. Tổng thiệt hại ước tính trên 1 tỷ 500 triệu đồng. Riêng huyện Sìn Hồ, theo ông Vàng A Lử, Phó Chủ tịch UBND huyện, mười hai bản ở độ cao trên 1.500 m đã xuất hiện băng giá trong hai đêm liên tiếp.</p>
<table class="anh" align="center" border="0" cellpadding="3" cellspacing="0" width="90%">
<tr><td align="center"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="500" border="0" alt=""></td></tr>
<tr><td class="chuthich" align="center"><i>Cán bộ thú y xã Sà Dề Phìn, huyện Sìn Hồ hướng dẫn người dân che chắn chuồng trại cho trâu, bò.</i></td></tr>
</table>
<p style="text-align: justify;">Để hạn chế thấp nhất thiệt hại, UBND tỉnh yêu cầu các sở, ngành, UBND các huyện, thành phố tập trung thực hiện các nhiệm vụ:</p>
<p style="text-align: justify;">- Sở NN&amp;PTNT hướng dẫn người dân che chắn chuồng trại, dự trữ rơm, cỏ khô; không thả rông gia súc lên núi cao; tạm dừng gieo cấy khi trời rét đậm;</p>
<p style="text-align: justify;">- Sở GD&amp;ĐT chỉ đạo các trường chủ động điều chỉnh giờ học, bảo đảm chăn ấm, nước nóng cho học sinh bán trú;</p>
<p style="text-align: justify;">- Sở Y tế bố trí đủ thuốc, nhân lực khám, chữa bệnh cho người cao tuổi, trẻ em;</p>
<p style="text-align: justify;">- UBND các huyện kiểm tra, hỗ trợ kịp thời hộ nghèo thiếu chăn, áo ấm.</p>
<p style="text-align: justify;">Theo báo cáo của các địa phương, công tác phòng, chống rét vẫn gặp khó khăn do nhiều hộ còn giữ tập quán thả rông trâu, bò trong rừng; chuồng trại phần lớn tạm bợ, chưa kín gió; một số thôn, bản ở xa trung tâm, đường bị đóng băng nên việc tiếp cận, hỗ trợ còn chậm.</p>
<p style="text-align: justify;">Đồng chí Nguyễn Hữu Quang, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh yêu cầu các địa phương không để người dân thiếu đói, thiếu áo ấm; tổ chức trực ban nghiêm túc, thống kê thiệt hại theo từng ngày. Trước đó, tỉnh đã xuất kho hỗ trợ 2.400 chiếc chăn và 35 tấn gạo cho hộ nghèo tại Mường Tè, Nậm Nhùn.</p>
<p style="text-align: justify;">Thông tin về thiệt hại do rét, các địa phương báo cáo về Văn phòng thường trực Ban Chỉ huy PCTT&amp;TKCN tỉnh qua số điện thoại 0213.3876.555 để kịp thời tổng hợp, tham mưu.</p>
<p align="right"><b>Minh Đức</b></p>
</div></td></tr>
        <tr><td class="xemthem"><b>Xem thêm</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/be-mac-ky-hop-thu-17-hdnd-tinh-khoa-xv.aspx?ItemID=81129">Sìn Hồ: Hơn 200 con gia súc chết do rét</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tong-ket-nam-hoc-2022-2023-nganh-giao-duc.aspx?ItemID=42604">Hướng dẫn kỹ thuật chăm sóc vật nuôi trong mùa đông</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/so-ket-6-thang-cac-chuong-trinh-muc-tieu-quoc-gia-2023.aspx?ItemID=68900">Phó Chủ tịch UBND tỉnh Nguyễn Hữu Quang kiểm tra công tác phòng, chống rét tại Phong Thổ</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/dien-tich-che-toan-tinh-dat-hon-10600-ha.aspx?ItemID=72427">Nhiều điểm trường vùng cao cho học sinh nghỉ học do rét</a></td></tr>
          </table>
        </td></tr>
        <tr><td class="cungchuyenmuc"><b>Tin cùng chuyên mục</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tang-cuong-phong-chay-chua-chay-rung-mua-kho-2023.aspx?ItemID=39528">Chủ tịch UBND tỉnh chỉ thị tăng cường phòng cháy, chữa cháy rừng mùa khô</a> <span class="ngay">(04/04/2023)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tang-cuong-phong-chong-benh-soi-2025.aspx?ItemID=17077">Tăng cường phòng, chống bệnh sởi, không để dịch lan rộng</a> <span class="ngay">(12/03/2025)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/ubnd-tinh-phien-hop-thuong-ky-thang-9-2024.aspx?ItemID=83202">UBND tỉnh họp phiên thường kỳ tháng 9 năm 2024</a> <span class="ngay">(02/10/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/day-nhanh-giai-phong-mat-bang-duong-ket-noi-cao-toc.aspx?ItemID=13130">ĐẨY NHANH GIẢI PHÓNG MẶT BẰNG DỰ ÁN ĐƯỜNG KẾT NỐI VỚI CAO TỐC NỘI BÀI - LÀO CAI</a> <span class="ngay">(20/06/2024)</span></td></tr>
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
