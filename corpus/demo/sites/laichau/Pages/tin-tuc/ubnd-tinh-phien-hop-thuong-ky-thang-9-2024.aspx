<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=8">
<title>UBND tỉnh họp phiên thường kỳ tháng 9 năm 2024</title>
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
        <tr><td class="tieude-tin"><span id="ctl00_PlaceHolderMain_lblTitle" class="title">UBND tỉnh họp phiên thường kỳ tháng 9 năm 2024</span></td></tr>
        <tr><td class="ngaydang">Ngày đăng: 02/10/2024 &nbsp;|&nbsp; Cập nhật: 03/10/2024 08:10 &nbsp; <a href="/_layouts/15/print.aspx?ItemID=83202" target="_blank">In trang</a></td></tr>
        <tr><td class="tomtat"><b>Sáng 2/10, đồng chí Lường Văn Khánh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì phiên họp thường kỳ tháng 9 để đánh giá tình hình kinh tế - xã hội 9 tháng năm 2024, bàn nhiệm vụ trọng tâm quý IV.</b></td></tr>
        <tr><td class="noidung"><div id="ctl00_PlaceHolderMain_RichHtmlField1__ControlWrapper_RichHtmlField">
<p style="text-align: justify;">Dự phiên họp có các đồng chí Phó Chủ tịch UBND tỉnh: Giàng A Tính, Nguyễn Hữu Quang, Tòng Thị Duyên; lãnh đạo các sở, ban, ngành tỉnh. Chủ tịch UBND các huyện, thành phố tham dự trực tuyến tại điểm cầu cấp huyện.</p>
<p style="text-align: justify;">Theo báo cáo do Sở KH&amp;ĐT trình bày, 9 tháng năm 2024 tốc độ tăng trưởng kinh tế (GRDP) của tỉnh ước đạt 7,8%, xếp thứ 21/63 tỉnh, thành phố. Tổng thu ngân sách nhà nước trên địa bàn đạt 2.184,6 tỷ đồng, bằng 71,3% dự toán Trung ương giao, trong đó riêng nguồn thu từ các doanh nghiệp thủy điện vượt 1.000 tỷ đồng. Vốn đầu tư công đã giải ngân hơn 1.520 tỷ đồng, đạt 52,4% kế hoạch. Sản lượng lương thực có hạt ước đạt 218.300 tấn; toàn tỉnh trồng mới 1.245,5 ha chè và 410 ha mắc ca.</p>
<table class="anh" align="center" border="0" cellpadding="3" cellspacing="0" width="90%">
<tr><td align="center"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="500" border="0" alt=""></td></tr>
<tr><td class="chuthich" align="center"><i>Đồng chí Lường Văn Khánh, Chủ tịch UBND tỉnh phát biểu kết luận phiên họp.</i></td></tr>
</table>
<p style="text-align: justify;">Lĩnh vực văn hóa - xã hội tiếp tục được quan tâm. Trong 9 tháng năm 2024, toàn tỉnh giải quyết việc làm mới cho 6.850 lao động, trong đó 412 người đi làm việc có thời hạn ở nước ngoài. Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt 68%. Theo đánh giá của cơ quan thường trực, 15/15 chỉ tiêu chủ yếu có khả năng hoàn thành kế hoạch năm.</p>
<p style="text-align: justify;">Bên cạnh kết quả đạt được, báo cáo chỉ ra một số tồn tại, hạn chế:</p>
<p style="text-align: justify;">- tiến độ giải ngân vốn đầu tư công của một số chủ đầu tư còn chậm, dưới 40% kế hoạch;</p>
<p style="text-align: justify;">- công tác giải phóng mặt bằng tại một số dự án trọng điểm còn vướng mắc trong xác định nguồn gốc đất;</p>
<p style="text-align: justify;">- thu tiền sử dụng đất đạt thấp do thị trường bất động sản trầm lắng;</p>
<p style="text-align: justify;">- đợt mưa lũ đầu tháng 9 gây hư hỏng nặng hạ tầng giao thông, thủy lợi ở vùng cao.</p>
<p style="text-align: justify;">Tại phiên họp, UBND tỉnh cũng cho ý kiến vào ba dự thảo nghị quyết sẽ trình HĐND tỉnh tại kỳ họp thứ 22, trong đó có nghị quyết quy định mức hỗ trợ phát triển cây dược liệu.</p>
<p style="text-align: justify;">Kết luận phiên họp, Chủ tịch Khánh yêu cầu các sở, ngành, địa phương chỉ đạo quyết liệt trong quý IV, phấn đấu tăng trưởng cả năm 2024 đạt 8 - 8,5%. Sở Tài chính chủ trì rà soát nguồn thu, đôn đốc thu hồi nợ đọng thuế; chủ đầu tư nào có tỷ lệ giải ngân thấp phải báo cáo rõ nguyên nhân trước ngày 15/10. UBND huyện Mường Tè và UBND huyện Nậm Nhùn khẩn trương khắc phục hậu quả thiên tai, bảo đảm giao thông thông suốt trước mùa khô.</p>
<p align="right"><b>Văn phòng UBND tỉnh</b></p>
</div></td></tr>
        <tr><td class="xemthem"><b>Xem thêm</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/mua-lu-gay-thiet-hai-gan-86-ty-dong.aspx?ItemID=59000">UBND tỉnh họp phiên thường kỳ tháng 8 năm 2024</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/ban-chi-dao-chuyen-doi-so-so-ket-6-thang-2024.aspx?ItemID=73454">Lai Châu: Thu ngân sách 8 tháng đạt 1.950 tỷ đồng</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/du-lich-6-thang-dau-nam-2024.aspx?ItemID=55784">Phó Chủ tịch UBND tỉnh Giàng A Tính kiểm tra tiến độ dự án đường nội thị</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/day-nhanh-giai-phong-mat-bang-duong-ket-noi-cao-toc.aspx?ItemID=13130">Triển khai kế hoạch giải ngân vốn đầu tư công những tháng cuối năm</a></td></tr>
          </table>
        </td></tr>
        <tr><td class="cungchuyenmuc"><b>Tin cùng chuyên mục</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/day-nhanh-giai-phong-mat-bang-duong-ket-noi-cao-toc.aspx?ItemID=13130">ĐẨY NHANH GIẢI PHÓNG MẶT BẰNG DỰ ÁN ĐƯỜNG KẾT NỐI VỚI CAO TỐC NỘI BÀI - LÀO CAI</a> <span class="ngay">(20/06/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/chu-dong-ung-pho-ret-dam-ret-hai.aspx?ItemID=93283">Chủ động ứng phó với đợt rét đậm, rét hại diện rộng</a> <span class="ngay">(22/01/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tang-cuong-phong-chay-chua-chay-rung-mua-kho-2023.aspx?ItemID=39528">Chủ tịch UBND tỉnh chỉ thị tăng cường phòng cháy, chữa cháy rừng mùa khô</a> <span class="ngay">(04/04/2023)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tang-cuong-phong-chong-benh-soi-2025.aspx?ItemID=17077">Tăng cường phòng, chống bệnh sởi, không để dịch lan rộng</a> <span class="ngay">(12/03/2025)</span></td></tr>
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
