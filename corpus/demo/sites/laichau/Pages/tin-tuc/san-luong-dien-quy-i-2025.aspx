<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=8">
<title>Quý I/2025, sản lượng điện sản xuất trên địa bàn đạt gần 2,1 tỷ kWh</title>
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
        <tr><td class="tieude-tin"><span id="ctl00_PlaceHolderMain_lblTitle" class="title">Quý I/2025, sản lượng điện sản xuất trên địa bàn đạt gần 2,1 tỷ kWh</span></td></tr>
        <tr><td class="ngaydang">Ngày đăng: 22/04/2025 &nbsp;|&nbsp; Cập nhật: 22/04/2025 08:15 &nbsp; <a href="/_layouts/15/print.aspx?ItemID=44409" target="_blank">In trang</a></td></tr>
        <tr><td class="tomtat"><b>Thủy điện tiếp tục là ngành đóng góp lớn nhất cho tăng trưởng công nghiệp và thu ngân sách của tỉnh, song một số dự án vẫn chậm tiến độ và việc giải phóng công suất còn gặp trở ngại.</b></td></tr>
        <tr><td class="noidung"><div id="ctl00_PlaceHolderMain_RichHtmlField1__ControlWrapper_RichHtmlField">
<p style="text-align: justify;">Theo Sở Công Thương, hiện toàn tỉnh có 48 nhà máy thủy điện đang vận hành với tổng công suất lắp máy 3.604,6 MW, trong đó lớn nhất là Nhà máy Thủy điện Lai Châu công suất 1.200 MW. Quý I/2025, sản lượng điện sản xuất đạt 2.084 triệu kWh, bằng 22,3% kế hoạch năm; các doanh nghiệp thủy điện nộp ngân sách 486,3 tỷ đồng, chiếm khoảng 40% tổng thu nội địa.</p>
<p style="text-align: justify;">Năm 2024, chỉ số sản xuất công nghiệp của tỉnh tăng 12,8%, trong đó ngành sản xuất và phân phối điện đóng góp trên 85% giá trị tăng thêm của khu vực công nghiệp. Trên địa bàn còn 17 dự án thủy điện đang triển khai xây dựng với tổng công suất 412 MW.</p>
<table class="anh" align="center" border="0" cellpadding="3" cellspacing="0" width="90%">
<tr><td align="center"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="500" border="0" alt=""></td></tr>
<tr><td class="chuthich" align="center"><i>Nhà máy Thủy điện Lai Châu trên dòng sông Đà, huyện Nậm Nhùn.</i></td></tr>
</table>
<p style="text-align: justify;">Ông Trần Văn Thắng, Giám đốc Sở Công Thương cho biết, bên cạnh kết quả tích cực, lĩnh vực thủy điện đang đối mặt với một số khó khăn. Thời tiết nắng hạn kéo dài từ cuối năm 2024 khiến lưu lượng nước về hồ thấp hơn trung bình nhiều năm, các nhà máy nhỏ phải dừng phát luân phiên. Lưới điện truyền tải khu vực Phong Thổ, Sìn Hồ thường xuyên quá tải vào mùa mưa, chưa giải phóng hết công suất các nhà máy.</p>
<p style="text-align: justify;">Đối với các dự án đang xây dựng, tồn tại chủ yếu gồm:</p>
<p style="text-align: justify;">- năm dự án chậm tiến độ so với chủ trương đầu tư được duyệt từ 2 đến 4 năm;</p>
<p style="text-align: justify;">- năng lực tài chính của một số chủ đầu tư còn hạn chế;</p>
<p style="text-align: justify;">- việc chuyển mục đích sử dụng rừng, thu hồi đất ở một số nơi kéo dài;</p>
<p style="text-align: justify;">- công tác trồng rừng thay thế chưa hoàn thành đúng cam kết.</p>
<p style="text-align: justify;">Trong đó, dự án của Công ty Cổ phần Năng lượng Pa Tần đã ba lần xin gia hạn tiến độ. Sở Công Thương đề nghị UBND tỉnh xem xét chấm dứt hoạt động dự án nếu đến tháng 6/2025 chủ đầu tư không bố trí đủ vốn thi công.</p>
<p style="text-align: justify;">Sở Công Thương cũng đã đề nghị Tập đoàn Điện lực Việt Nam (EVN) sớm đầu tư nâng cấp các tuyến đường dây, trạm biến áp khu vực phía Tây của tỉnh để bảo đảm truyền tải toàn bộ sản lượng của các nhà máy trong mùa mưa năm 2025.</p>
<p align="right"><b>Minh Khôi</b></p>
</div></td></tr>
        <tr><td class="xemthem"><b>Xem thêm</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tang-cuong-phong-chong-benh-soi-2025.aspx?ItemID=17077">Nhà máy Thủy điện Lai Châu cán mốc 40 tỷ kWh</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/than-uyen-phan-dau-dat-chuan-huyen-nong-thon-moi.aspx?ItemID=12539">Thanh tra việc chấp hành pháp luật tại các dự án thủy điện</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/ubnd-tinh-phien-hop-thuong-ky-thang-9-2024.aspx?ItemID=83202">Sở Công Thương kiểm tra an toàn hồ đập trước mùa mưa lũ</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/mua-lu-gay-thiet-hai-gan-86-ty-dong.aspx?ItemID=59000">Giám đốc Sở Công Thương Trần Văn Thắng: Không để dự án treo kéo dài</a></td></tr>
          </table>
        </td></tr>
        <tr><td class="cungchuyenmuc"><b>Tin cùng chuyên mục</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/mua-lu-gay-thiet-hai-gan-86-ty-dong.aspx?ItemID=59000">Mưa lũ gây thiệt hại gần 86 tỷ đồng, khẩn trương khắc phục hậu quả</a> <span class="ngay">(13/09/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/du-lich-6-thang-dau-nam-2024.aspx?ItemID=55784">6 tháng đầu năm 2024, du lịch Lai Châu đón hơn 1,2 triệu lượt khách</a> <span class="ngay">(05/07/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/thao-go-kho-khan-cay-mac-ca-cao-su.aspx?ItemID=69237">Mắc ca, cao su: Cần tháo gỡ khó khăn để nâng cao hiệu quả</a> <span class="ngay">(09/04/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/dien-tich-che-toan-tinh-dat-hon-10600-ha.aspx?ItemID=72427">Lai Châu: Diện tích chè toàn tỉnh đạt hơn 10.600 ha</a> <span class="ngay">(18/05/2023)</span></td></tr>
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
