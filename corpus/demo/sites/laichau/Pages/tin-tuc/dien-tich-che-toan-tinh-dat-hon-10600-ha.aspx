<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=8">
<title>Lai Châu: Diện tích chè toàn tỉnh đạt hơn 10.600 ha</title>
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
        <tr><td class="tieude-tin"><span id="ctl00_PlaceHolderMain_lblTitle" class="title">Lai Châu: Diện tích chè toàn tỉnh đạt hơn 10.600 ha</span></td></tr>
        <tr><td class="ngaydang">Ngày đăng: 18/05/2023 &nbsp;|&nbsp; Cập nhật: 18/05/2023 09:20 &nbsp; <a href="/_layouts/15/print.aspx?ItemID=72427" target="_blank">In trang</a></td></tr>
        <tr><td class="tomtat"><b>Diện tích, sản lượng và giá trị sản phẩm chè của tỉnh tăng rõ rệt sau khi thực hiện chủ trương của Tỉnh ủy về phát triển cây chè; tuy vậy ngành chè vẫn còn nhiều điểm yếu về giống, chế biến và thị trường.</b></td></tr>
        <tr><td class="noidung"><div id="ctl00_PlaceHolderMain_RichHtmlField1__ControlWrapper_RichHtmlField">
<p style="text-align: justify;">Theo Sở Nông nghiệp và Phát triển nông thôn, đến hết tháng 4/2023 toàn tỉnh có 10.628 ha chè, trong đó khoảng 7.900 ha đã cho sản phẩm. Vùng chè tập trung ở các huyện Tam Đường, Tân Uyên, Than Uyên và thành phố Lai Châu. Năm 2022, sản lượng chè búp tươi đạt 55.400 tấn; giá trị sản xuất bình quân mỗi héc-ta chè kinh doanh xấp xỉ 140 triệu đồng.</p>
<p style="text-align: justify;">Toàn tỉnh hiện có 42 cơ sở chế biến chè với tổng công suất khoảng 1.150 tấn búp tươi/ngày. Bên cạnh các xưởng chế biến chè xanh truyền thống, một số đơn vị như Hợp tác xã Chè Bản Bo đã đầu tư dây chuyền làm chè Ô long, chè Shan tuyết cổ thụ. Tỉnh có 14 sản phẩm chè được công nhận đạt chuẩn OCOP, phần lớn xếp hạng 3 sao.</p>
<table class="anh" align="center" border="0" cellpadding="3" cellspacing="0" width="90%">
<tr><td align="center"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="500" border="0" alt=""></td></tr>
<tr><td class="chuthich" align="center"><i>Người dân xã Bản Giang, huyện Tam Đường thu hái chè búp tươi.</i></td></tr>
</table>
<p style="text-align: justify;">Ông Vương Đình Lộc, Giám đốc Sở NN&amp;PTNT cho biết, thực hiện Nghị quyết số 15/2022/NQ-HĐND của HĐND tỉnh, người trồng chè được hỗ trợ 15 triệu đồng/ha để mua giống và phân bón. Riêng giai đoạn 2021 - 2025, ngân sách tỉnh dự kiến dành gần 96 tỷ đồng cho phát triển vùng chè nguyên liệu.</p>
<p style="text-align: justify;">Dù vậy, theo ông Lộc, sản xuất chè của tỉnh còn bộc lộ những hạn chế. Nhiều diện tích chè trồng từ những năm 1990 đã già cỗi, năng suất thấp; một phần chè hạt chưa được thay thế bằng giống mới. Liên kết giữa doanh nghiệp và người trồng chè chưa bền vững, vẫn còn tình trạng bán chè cho thương lái khi có chênh lệch giá. Phần lớn sản phẩm mới dừng ở chè sơ chế, giá trị gia tăng thấp; việc xây dựng thương hiệu, mở rộng thị trường xuất khẩu còn chậm.</p>
<p style="text-align: justify;">Mục tiêu đến năm 2025, tỉnh phấn đấu có 12.000 ha chè, sản lượng búp tươi trên 70.000 tấn. Sở NN&amp;PTNT đã tham mưu UBND tỉnh chỉ đạo rà soát quy hoạch vùng nguyên liệu, thu hút doanh nghiệp đầu tư chế biến sâu và hỗ trợ các hợp tác xã đăng ký mã số vùng trồng để đáp ứng yêu cầu của thị trường nhập khẩu.</p>
<p align="right"><b>Quang Huy</b></p>
</div></td></tr>
        <tr><td class="xemthem"><b>Xem thêm</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tang-cuong-phong-chay-chua-chay-rung-mua-kho-2023.aspx?ItemID=39528">Tân Uyên: Hơn 4.000 ha chè cho thu hoạch</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/san-luong-dien-quy-i-2025.aspx?ItemID=44409">Hội nghị kết nối tiêu thụ sản phẩm chè Lai Châu năm 2023</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tang-cuong-phong-chong-benh-soi-2025.aspx?ItemID=17077">Giám đốc Sở NN&amp;PTNT Vương Đình Lộc làm việc tại huyện Than Uyên</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/than-uyen-phan-dau-dat-chuan-huyen-nong-thon-moi.aspx?ItemID=12539">Chè Shan tuyết vùng cao hướng tới thị trường châu Âu</a></td></tr>
          </table>
        </td></tr>
        <tr><td class="cungchuyenmuc"><b>Tin cùng chuyên mục</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/san-luong-dien-quy-i-2025.aspx?ItemID=44409">Quý I/2025, sản lượng điện sản xuất trên địa bàn đạt gần 2,1 tỷ kWh</a> <span class="ngay">(22/04/2025)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/mua-lu-gay-thiet-hai-gan-86-ty-dong.aspx?ItemID=59000">Mưa lũ gây thiệt hại gần 86 tỷ đồng, khẩn trương khắc phục hậu quả</a> <span class="ngay">(13/09/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/du-lich-6-thang-dau-nam-2024.aspx?ItemID=55784">6 tháng đầu năm 2024, du lịch Lai Châu đón hơn 1,2 triệu lượt khách</a> <span class="ngay">(05/07/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/thao-go-kho-khan-cay-mac-ca-cao-su.aspx?ItemID=69237">Mắc ca, cao su: Cần tháo gỡ khó khăn để nâng cao hiệu quả</a> <span class="ngay">(09/04/2024)</span></td></tr>
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
