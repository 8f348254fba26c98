<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=8">
<title>Mắc ca, cao su: Cần tháo gỡ khó khăn để nâng cao hiệu quả</title>
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
        <tr><td class="tieude-tin"><span id="ctl00_PlaceHolderMain_lblTitle" class="title">Mắc ca, cao su: Cần tháo gỡ khó khăn để nâng cao hiệu quả</span></td></tr>
        <tr><td class="ngaydang">Ngày đăng: 09/04/2024 &nbsp;|&nbsp; Cập nhật: 09/04/2024 08:50 &nbsp; <a href="/_layouts/15/print.aspx?ItemID=69237" target="_blank">In trang</a></td></tr>
        <tr><td class="tomtat"><b>Sau hơn mười năm đưa vào trồng, mắc ca và cao su đã trở thành cây trồng chủ lực trong nông nghiệp của tỉnh, song hiệu quả kinh tế chưa tương xứng với diện tích và nguồn lực đã đầu tư.</b></td></tr>
        <tr><td class="noidung"><div id="ctl00_PlaceHolderMain_RichHtmlField1__ControlWrapper_RichHtmlField">
<p style="text-align: justify;">Theo Phó Giám đốc Sở NN&amp;PTNT Điêu Thị Hương, đến cuối năm 2023 toàn tỉnh có hơn 14.700 ha mắc ca, phân bố tại 7/8 huyện, thành phố; diện tích đã cho thu hoạch khoảng 3.500 ha. Sản lượng hạt tươi cả năm đạt 1.860 tấn, giá bán tại vườn dao động từ 35.000 đến 45.000 đồng/kg.</p>
<p style="text-align: justify;">Cây cao su có tổng diện tích 13.150 ha, tập trung ở Than Uyên, Tân Uyên, Phong Thổ, Sìn Hồ và Nậm Nhùn, trong đó 9.800 ha đã mở miệng cạo. Năm 2023, sản lượng mủ quy khô đạt 11.300 tấn, tạo việc làm thường xuyên cho khoảng 2.600 lao động là người dân tộc thiểu số.</p>
<table class="anh" align="center" border="0" cellpadding="3" cellspacing="0" width="90%">
<tr><td align="center"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="500" border="0" alt=""></td></tr>
<tr><td class="chuthich" align="center"><i>Công nhân Công ty Cổ phần Cao su Nậm Sỏ khai thác mủ tại huyện Tân Uyên.</i></td></tr>
</table>
<p style="text-align: justify;">Bà Hương cho biết, việc phát triển hai loại cây trồng này đang gặp không ít khó khăn. Đối với cây mắc ca, các hạn chế chủ yếu là:</p>
<p style="text-align: justify;">- nhiều diện tích trồng bằng cây giống không rõ nguồn gốc, sinh trưởng kém, chậm ra quả;</p>
<p style="text-align: justify;">- người dân thiếu kiến thức thâm canh, chưa bón phân đúng quy trình;</p>
<p style="text-align: justify;">- trên địa bàn chưa có nhà máy chế biến sâu, sản phẩm chủ yếu bán dưới dạng hạt tươi;</p>
<p style="text-align: justify;">- một số doanh nghiệp cam kết bao tiêu nhưng không thực hiện hợp đồng.</p>
<p style="text-align: justify;">Với cây cao su, giá mủ biến động theo thị trường thế giới khiến thu nhập của người góp đất thiếu ổn định. Ông Lò Văn Piếng, Chủ tịch UBND huyện Nậm Nhùn phản ánh, nhiều hộ góp đất trồng cao su đến nay vẫn chưa được chia lợi nhuận, trong khi phương án chuyển từ góp đất sang cho thuê đất còn vướng mắc về thủ tục. Ở vùng cao trên 600 m, rét hại làm cây chết, phải trồng dặm nhiều lần.</p>
<p style="text-align: justify;">Thời gian tới, Sở NN&amp;PTNT tham mưu UBND tỉnh rà soát khoảng 1.200 ha mắc ca kém hiệu quả để chuyển đổi sang cây trồng khác; kêu gọi đầu tư nhà máy chế biến công suất 5.000 tấn hạt/năm. Tỉnh cũng đề nghị Công ty Cổ phần Cao su Nậm Sỏ công khai phương án chia lợi nhuận cho các hộ góp đất trước tháng 10/2024.</p>
<p align="right"><b>Đức Anh</b></p>
</div></td></tr>
        <tr><td class="xemthem"><b>Xem thêm</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/trao-quyet-dinh-bo-nhiem-giam-doc-so-van-hoa-the-thao-va-du-lich.aspx?ItemID=97197">Tam Đường: Trồng mới 150 ha mắc ca năm 2024</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/chu-dong-ung-pho-ret-dam-ret-hai.aspx?ItemID=93283">Hội thảo liên kết chuỗi giá trị mắc ca vùng Tây Bắc</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/be-mac-ky-hop-thu-17-hdnd-tinh-khoa-xv.aspx?ItemID=81129">Chủ tịch UBND huyện Nậm Nhùn Lò Văn Piếng đối thoại với hộ góp đất trồng cao su</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tong-ket-nam-hoc-2022-2023-nganh-giao-duc.aspx?ItemID=42604">Giá mủ cao su tăng trở lại</a></td></tr>
          </table>
        </td></tr>
        <tr><td class="cungchuyenmuc"><b>Tin cùng chuyên mục</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/dien-tich-che-toan-tinh-dat-hon-10600-ha.aspx?ItemID=72427">Lai Châu: Diện tích chè toàn tỉnh đạt hơn 10.600 ha</a> <span class="ngay">(18/05/2023)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/san-luong-dien-quy-i-2025.aspx?ItemID=44409">Quý I/2025, sản lượng điện sản xuất trên địa bàn đạt gần 2,1 tỷ kWh</a> <span class="ngay">(22/04/2025)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/mua-lu-gay-thiet-hai-gan-86-ty-dong.aspx?ItemID=59000">Mưa lũ gây thiệt hại gần 86 tỷ đồng, khẩn trương khắc phục hậu quả</a> <span class="ngay">(13/09/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/du-lich-6-thang-dau-nam-2024.aspx?ItemID=55784">6 tháng đầu năm 2024, du lịch Lai Châu đón hơn 1,2 triệu lượt khách</a> <span class="ngay">(05/07/2024)</span></td></tr>
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
