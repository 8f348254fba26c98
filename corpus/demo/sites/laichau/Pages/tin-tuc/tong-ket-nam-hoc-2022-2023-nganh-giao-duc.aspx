<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=8">
<title>Ngành giáo dục tổng kết năm học 2022 - 2023, triển khai nhiệm vụ năm học mới</title>
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
      <tr><td class="menu-item selected"><a href="/Pages/chuyen-muc/tin-hoat-dong.aspx">Tin hoạt động</a></td></tr>
      <tr><td class="menu-item"><a href="/Pages/chuyen-muc/chi-dao-dieu-hanh.aspx">Chỉ đạo - Điều hành</a></td></tr>
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
        <tr><td class="duongdan"><a href="/">Trang chủ</a> &raquo; <a href="/Pages/chuyen-muc/tin-hoat-dong.aspx">Tin hoạt động</a></td></tr>
        <tr><td class="tieude-tin"><span id="ctl00_PlaceHolderMain_lblTitle" class="title">Ngành giáo dục tổng kết năm học 2022 - 2023, triển khai nhiệm vụ năm học mới</span></td></tr>
        <tr><td class="ngaydang">Ngày đăng: 24/08/2023 &nbsp;|&nbsp; Cập nhật: 24/08/2023 16:25 &nbsp; <a href="/_layouts/15/print.aspx?ItemID=42604" target="_blank">In trang</a></td></tr>
        <tr><td class="tomtat"><b>Ngày 24/8, Sở GD&amp;ĐT tổ chức hội nghị tổng kết năm học 2022 - 2023 và triển khai nhiệm vụ năm học 2023 - 2024. Dự và chỉ đạo hội nghị có đồng chí Giàng Thị Dua, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy.</b></td></tr>
        <tr><td class="noidung"><div id="ctl00_PlaceHolderMain_RichHtmlField1__ControlWrapper_RichHtmlField">
<p style="text-align: justify;">Theo báo cáo của Sở GD&amp;ĐT, năm học 2022 - 2023 toàn tỉnh có 375 trường học với 136.270 học sinh, trẻ mầm non. Tỷ lệ trường đạt chuẩn quốc gia đạt 68,4%, tăng 3,1% so với năm học trước. Kỳ thi tốt nghiệp trung học phổ thông năm 2023 có 98,53% thí sinh đỗ tốt nghiệp; tuy vậy, điểm trung bình các môn thi của tỉnh vẫn xếp thứ 58/63. Ở kỳ thi chọn học sinh giỏi quốc gia, tỉnh có 3 học sinh đoạt giải.</p>
<table class="anh" align="center" border="0" cellpadding="3" cellspacing="0" width="90%">
<tr><td align="center"><img src="/PublishingImages/tin-tuc/anh-minh-hoa.png" width="500" border="0" alt=""></td></tr>
<tr><td class="chuthich" align="center"><i>Đồng chí Giàng Thị Dua, Trưởng Ban Tuyên giáo Tỉnh ủy trao Bằng khen cho các tập thể có thành tích xuất sắc.</i></td></tr>
</table>
<p style="text-align: justify;">Giám đốc Sở GD&amp;ĐT Trần Ngọc Sơn thẳng thắn nêu những tồn tại, hạn chế của ngành:</p>
<p style="text-align: justify;">- toàn tỉnh còn thiếu 1.056 giáo viên so với định mức, chủ yếu ở bậc mầm non và tiểu học;</p>
<p style="text-align: justify;">- vẫn còn 412 phòng học tạm, phòng học mượn, tập trung ở các điểm trường lẻ;</p>
<p style="text-align: justify;">- tình trạng học sinh bỏ học, tảo hôn ở một số xã vùng cao chưa được ngăn chặn triệt để;</p>
<p style="text-align: justify;">- chất lượng dạy và học ngoại ngữ, tin học còn thấp so với mặt bằng chung cả nước.</p>
<p style="text-align: justify;">Chia sẻ tại hội nghị, bà Chẻo Mùi Chiêm, Hiệu trưởng Trường PTDTBT Tiểu học Pa Vệ Sử (huyện Mường Tè) cho biết, trường có 11 điểm trường, trong đó điểm xa nhất cách trung tâm gần 30 km. Mùa mưa, giáo viên phải đi bộ nhiều giờ mới tới lớp; nhiều phòng ở bán trú của học sinh đã xuống cấp.</p>
<p style="text-align: justify;">Phát biểu chỉ đạo, đồng chí Giàng Thị Dua đề nghị ngành giáo dục tham mưu tỉnh tuyển dụng đủ chỉ tiêu biên chế giáo viên được giao, có chính sách thu hút giáo viên về công tác tại vùng đặc biệt khó khăn. Năm học 2023 - 2024, ngành phấn đấu huy động 99,5% trẻ trong độ tuổi vào lớp 1, xóa 120 phòng học tạm và nâng tỷ lệ trường đạt chuẩn quốc gia lên trên 70%. Ông Sơn cho biết, Sở sẽ phối hợp với Sở Nội vụ hoàn thành kế hoạch tuyển dụng giáo viên trước ngày 30/10.</p>
<p align="right"><b>Bích Ngọc</b></p>
</div></td></tr>
        <tr><td class="xemthem"><b>Xem thêm</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/so-ket-6-thang-cac-chuong-trinh-muc-tieu-quoc-gia-2023.aspx?ItemID=68900">Lai Châu: Hơn 3.000 thí sinh dự thi tốt nghiệp THPT năm 2023</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/dien-tich-che-toan-tinh-dat-hon-10600-ha.aspx?ItemID=72427">Trao 250 suất học bổng cho học sinh nghèo vượt khó</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/tang-cuong-phong-chay-chua-chay-rung-mua-kho-2023.aspx?ItemID=39528">Giám đốc Sở GD&amp;ĐT Trần Ngọc Sơn kiểm tra chuẩn bị năm học mới tại Nậm Nhùn</a></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/san-luong-dien-quy-i-2025.aspx?ItemID=44409">Tuyển dụng 420 giáo viên mầm non, tiểu học</a></td></tr>
          </table>
        </td></tr>
        <tr><td class="cungchuyenmuc"><b>Tin cùng chuyên mục</b>
          <table width="100%" border="0" cellpadding="0" cellspacing="0">
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/so-ket-6-thang-cac-chuong-trinh-muc-tieu-quoc-gia-2023.aspx?ItemID=68900">Sơ kết 6 tháng đầu năm 2023 thực hiện các chương trình mục tiêu quốc gia</a> <span class="ngay">(14/07/2023)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/than-uyen-phan-dau-dat-chuan-huyen-nong-thon-moi.aspx?ItemID=12539">Than Uyên phấn đấu đạt chuẩn huyện nông thôn mới trong năm 2025</a> <span class="ngay">(18/02/2025)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/ban-chi-dao-chuyen-doi-so-so-ket-6-thang-2024.aspx?ItemID=73454">Chỉ số chuyển đổi số của tỉnh tăng 9 bậc</a> <span class="ngay">(15/08/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/trao-quyet-dinh-bo-nhiem-giam-doc-so-van-hoa-the-thao-va-du-lich.aspx?ItemID=97197">Trao quyết định bổ nhiệm Giám đốc Sở Văn hóa, Thể thao và Du lịch</a> <span class="ngay">(15/03/2024)</span></td></tr>
          <tr><td class="tin-khac">&#8226; <a href="/Pages/tin-tuc/be-mac-ky-hop-thu-17-hdnd-tinh-khoa-xv.aspx?ItemID=81129">KỲ HỌP THỨ 17 HĐND TỈNH KHÓA XV THÔNG QUA 28 NGHỊ QUYẾT</a> <span class="ngay">(08/12/2023)</span></td></tr>
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
