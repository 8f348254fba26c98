<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=8">
<title>Tăng cường phòng, chống bệnh sởi, không để dịch lan rộng</title>
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
        <tr><td class="tieude-tin"><span id="ctl00_PlaceHolderMain_lblTitle" class="title">Tăng cường phòng, chống bệnh sởi, không để dịch lan rộng</span></td></tr>
        <tr><td class="ngaydang">Ngày đăng: 12/03/2025 &nbsp;|&nbsp; Cập nhật: 12/03/2025 11:00 &nbsp; <a href="/_layouts/15/print.aspx?ItemID=17077" target="_blank">In trang</a></td></tr>
        <tr><td class="tomtat"><b>Phó Chủ tịch UBND tỉnh Tòng Thị Duyên vừa ký Công điện số 03/CĐ-UBND yêu cầu các sở, ngành, UBND các huyện, thành phố triển khai quyết liệt các biện pháp phòng, chống bệnh sởi trên địa bàn.</b></td></tr>
        <tr><td class="noidung"><div id="ctl00_PlaceHolderMain_RichHtmlField1__ControlWrapper_RichHtmlField">
<p style="text-align: justify;">Theo Sở Y tế, từ đầu năm 2025 đến ngày 10/3, toàn tỉnh ghi nhận 146 trường hợp mắc sởi tại 6 huyện, thành phố, trong đó 112 trường hợp chưa tiêm hoặc tiêm chưa đủ mũi vắc xin. Số ca mắc tập trung ở huyện Mường Tè (53 ca) và huyện Sìn Hồ (31 ca). Chưa ghi nhận trường hợp tử vong.</p>
<p style="text-align: justify;">Bác sĩ chuyên khoa II Lò Văn Sơn, Giám đốc Trung tâm Kiểm soát bệnh tật tỉnh (CDC Lai Châu) cho biết, năm 2024 tỷ lệ tiêm vắc xin sởi - rubella mũi 2 cho trẻ 18 tháng tuổi chỉ đạt 81,6%, thấp hơn nhiều so với mức trên 95% cần thiết để tạo miễn dịch cộng đồng. Sau đại dịch COVID-19, hoạt động tiêm chủng thường xuyên có thời điểm bị gián đoạn, tạo ra khoảng trống miễn dịch ở nhóm trẻ nhỏ.</p>
<table class="anh" align="center" border="0" cellpadding="3" cellspacing="0" width="90%">
<tr><td align="center"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="500" border="0" alt=""></td></tr>
<tr><td class="chuthich" align="center"><i>Nhân viên y tế xã Pa Vệ Sử, huyện Mường Tè tiêm vắc xin sởi cho trẻ.</i></td></tr>
</table>
<p style="text-align: justify;">Bà Hoàng Thị Nguyệt, Giám đốc Sở Y tế chỉ ra một số khó khăn trong công tác phòng dịch. Hiện chỉ có 59/106 trạm y tế xã có bác sĩ làm việc; cán bộ y tế dự phòng tuyến xã vừa thiếu vừa phải kiêm nhiệm nhiều việc. Một số gia đình chưa đưa trẻ đi tiêm do e ngại phản ứng sau tiêm hoặc theo tập quán. Địa bàn rộng, nhiều bản cách trung tâm xã trên 20 km đường đất nên việc tổ chức tiêm lưu động rất vất vả. Bên cạnh đó, một số tủ lạnh bảo quản vắc xin tại trạm y tế đã hư hỏng nhưng chưa có kinh phí thay thế.</p>
<p style="text-align: justify;">Để kiểm soát dịch, UBND tỉnh yêu cầu:</p>
<p style="text-align: justify;">- Sở Y tế tổ chức chiến dịch tiêm bổ sung vắc xin sởi cho khoảng 12.480 trẻ, hoàn thành trong tháng 4/2025;</p>
<p style="text-align: justify;">- Sở GD&amp;ĐT phối hợp rà soát tiền sử tiêm chủng của học sinh mầm non, tiểu học;</p>
<p style="text-align: justify;">- UBND các huyện, thành phố huy động trưởng bản, người có uy tín vận động gia đình đưa trẻ đi tiêm;</p>
<p style="text-align: justify;">- Sở Tài chính cân đối, bố trí kinh phí mua sắm trang thiết bị bảo quản vắc xin.</p>
<p style="text-align: justify;">Người dân khi phát hiện trẻ có biểu hiện sốt, phát ban cần đưa đến cơ sở y tế gần nhất hoặc liên hệ đường dây nóng 0213.3876.115 của Sở Y tế để được hướng dẫn.</p>
<p align="right"><b>Thanh Xuân</b></p>
</div></td></tr>
        <tr><td class="xemthem"><b>Xem thêm</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/than-uyen-phan-dau-dat-chuan-huyen-nong-thon-moi.aspx?ItemID=12539">Mường Tè: Khoanh vùng ổ dịch sởi tại xã Pa Ủ</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/ubnd-tinh-phien-hop-thuong-ky-thang-9-2024.aspx?ItemID=83202">Bộ Y tế phân bổ 20.000 liều vắc xin sởi cho Lai Châu</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/mua-lu-gay-thiet-hai-gan-86-ty-dong.aspx?ItemID=59000">Giám đốc Sở Y tế Hoàng Thị Nguyệt kiểm tra công tác tiêm chủng tại Sìn Hồ</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/ban-chi-dao-chuyen-doi-so-so-ket-6-thang-2024.aspx?ItemID=73454">Khuyến cáo phòng bệnh mùa xuân</a></td></tr>
          </table>
        </td></tr>
        <tr><td class="cungchuyenmuc"><b>Tin cùng chuyên mục</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/ubnd-tinh-phien-hop-thuong-ky-thang-9-2024.aspx?ItemID=83202">UBND tỉnh họp phiên thường kỳ tháng 9 năm 2024</a> <span class="ngay">(02/10/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/day-nhanh-giai-phong-mat-bang-duong-ket-noi-cao-toc.aspx?ItemID=13130">ĐẨY NHANH GIẢI PHÓNG MẶT BẰNG DỰ ÁN ĐƯỜNG KẾT NỐI VỚI CAO TỐC NỘI BÀI - LÀO CAI</a> <span class="ngay">(20/06/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/chu-dong-ung-pho-ret-dam-ret-hai.aspx?ItemID=93283">Chủ động ứng phó với đợt rét đậm, rét hại diện rộng</a> <span class="ngay">(22/01/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tang-cuong-phong-chay-chua-chay-rung-mua-kho-2023.aspx?ItemID=39528">Chủ tịch UBND tỉnh chỉ thị tăng cường phòng cháy, chữa cháy rừng mùa khô</a> <span class="ngay">(04/04/2023)</span></td></tr>
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
