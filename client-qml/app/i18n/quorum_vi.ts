<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AgendaDelegate</name>
    <message>
        <source>Now</source>
        <translation>Đang diễn ra</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Presenter: %1</source>
        <translation>Người trình bày: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a PDF for the agenda item</source>
        <translation>Chọn tệp PDF cho nội dung</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Uploading the document…</source>
        <translation>Đang tải tài liệu lên…</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Thêm nội dung</translation>
    </message>
    <message>
        <source>No agenda item yet.</source>
        <translation>Chưa có nội dung nào trong chương trình.</translation>
    </message>
    <message>
        <source>Move “%1” up</source>
        <translation>Đưa “%1” lên</translation>
    </message>
    <message>
        <source>Move “%1” down</source>
        <translation>Đưa “%1” xuống</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Add a PDF</source>
        <translation>Thêm PDF</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Xóa “%1”</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Nội dung chương trình</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nội dung mới</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Thời lượng dự kiến (phút)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save the item</source>
        <translation>Lưu nội dung</translation>
    </message>
    <message>
        <source>Add the item</source>
        <translation>Thêm nội dung</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Sửa “%1”</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Thêm “%1”</translation>
    </message>
</context>
<context>
    <name>AnnotationToolbar</name>
    <message>
        <source>Browse</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Pen</source>
        <translation>Bút</translation>
    </message>
    <message>
        <source>Highlighter</source>
        <translation>Tô sáng</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Tẩy</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Clear page</source>
        <translation>Xoá trang</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Thêm</translation>
    </message>
</context>
<context>
    <name>AttendanceList</name>
    <message>
        <source>Absent: %1</source>
        <translation>Vắng mặt: %1</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Revoke the proxy of %1</source>
        <translation>Thu hồi ủy quyền của %1</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Điểm danh: %1</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>Có mặt tại phòng họp</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Lý do vắng mặt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Đánh dấu vắng mặt</translation>
    </message>
    <message>
        <source>%1 · %2, %3</source>
        <translation>%1 · %2, %3</translation>
    </message>
</context>
<context>
    <name>BallotNotice</name>
    <message>
        <source>A vote is open</source>
        <translation>Đang biểu quyết</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Vote now</source>
        <translation>Biểu quyết ngay</translation>
    </message>
    <message>
        <source>Sound: off</source>
        <translation>Chuông: tắt</translation>
    </message>
    <message>
        <source>Sound: on</source>
        <translation>Chuông: bật</translation>
    </message>
</context>
<context>
    <name>BallotWizard</name>
    <message>
        <source>Vote</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <source>Named vote</source>
        <translation>Biểu quyết công khai</translation>
    </message>
    <message>
        <source>Secret ballot</source>
        <translation>Bỏ phiếu kín</translation>
    </message>
    <message>
        <source>A vote belongs to an agenda item: start the agenda first.</source>
        <translation>Biểu quyết gắn với một mục chương trình: hãy bắt đầu chương trình họp trước.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Create the vote</source>
        <translation>Tạo biểu quyết</translation>
    </message>
    <message>
        <source>Ready to open</source>
        <translation>Sẵn sàng mở biểu quyết</translation>
    </message>
    <message>
        <source>Voting is open</source>
        <translation>Đang biểu quyết</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>%1/%2 voted</source>
        <translation>%1/%2 đã biểu quyết</translation>
    </message>
    <message>
        <source>Everyone has voted</source>
        <translation>Tất cả đã biểu quyết</translation>
    </message>
    <message>
        <source>Not voted yet: %1</source>
        <translation>Chưa biểu quyết: %1</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Mở biểu quyết</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Kết thúc biểu quyết</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>New vote</source>
        <translation>Biểu quyết mới</translation>
    </message>
    <message>
        <source>Yes / No</source>
        <translation>Đồng ý / Không</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Phương án</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Bầu cử</translation>
    </message>
    <message>
        <source>Candidate&apos;s name</source>
        <translation>Tên ứng cử viên</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Phương án mới</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>No candidates yet</source>
        <translation>Chưa có ứng cử viên</translation>
    </message>
    <message>
        <source>No options yet</source>
        <translation>Chưa có phương án</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Xóa %1</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>Số người được bầu: %1</translation>
    </message>
    <message>
        <source>Each voter marks at most: %1</source>
        <translation>Mỗi người chọn tối đa: %1</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Giảm</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Tăng</translation>
    </message>
    <message>
        <source>at most %1 choices</source>
        <translation>chọn tối đa %1</translation>
    </message>
    <message>
        <source>election of %1</source>
        <translation>bầu %1 người</translation>
    </message>
    <message>
        <source>Decided by the meeting&apos;s rule:</source>
        <translation>Quyết định theo quy tắc của cuộc họp:</translation>
    </message>
    <message>
        <source>Decided by (not the meeting&apos;s rule):</source>
        <translation>Quyết định theo (khác quy tắc của cuộc họp):</translation>
    </message>
    <message numerus="yes">
        <source>%n eligible voter(s) have not voted yet. Close the vote now?</source>
        <translation>
            <numerusform>Còn %n đại biểu có quyền biểu quyết chưa bỏ phiếu. Kết thúc biểu quyết ngay?</numerusform>
        </translation>
    </message>
    <message>
        <source>The question to vote on</source>
        <translation>Nội dung cần biểu quyết</translation>
    </message>
    <message>
        <source>Change the rule</source>
        <translation>Đổi nguyên tắc</translation>
    </message>
</context>
<context>
    <name>CaseCard</name>
    <message>
        <source>Amended text: %1</source>
        <translation>Văn bản sau sửa đổi: %1</translation>
    </message>
    <message>
        <source>Ballot: %1</source>
        <translation>Biểu quyết: %1</translation>
    </message>
    <message>
        <source>Create the ballot on the floor first.</source>
        <translation>Hãy tạo cuộc biểu quyết ở thẻ Điều hành trước.</translation>
    </message>
</context>
<context>
    <name>ChairConsole</name>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Phát biểu</translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation>Khóa danh sách</translation>
    </message>
    <message>
        <source>Reopen the list</source>
        <translation>Mở lại danh sách</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Mời người tiếp theo</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Speaking time: %1 min</source>
        <translation>Thời gian phát biểu: %1 phút</translation>
    </message>
    <message>
        <source>Speaking time: no limit</source>
        <translation>Thời gian phát biểu: không giới hạn</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>Bớt một phút</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>Thêm một phút</translation>
    </message>
    <message>
        <source>+1′ now</source>
        <translation>+1′ lượt này</translation>
    </message>
    <message>
        <source>One minute more for this speech</source>
        <translation>Thêm một phút cho lượt phát biểu này</translation>
    </message>
    <message>
        <source>Nobody is waiting to speak</source>
        <translation>Chưa có ai đăng ký phát biểu</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Ý kiến về thủ tục</translation>
    </message>
    <message>
        <source>Give floor</source>
        <translation>Mời phát biểu</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Xóa khỏi danh sách</translation>
    </message>
    <message numerus="yes">
        <source>%n min wanted</source>
        <translation>
            <numerusform>đề nghị %n phút</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Scan the delegate&apos;s join card</source>
        <translation>Quét thẻ tham dự của đại biểu</translation>
    </message>
    <message>
        <source>This tablet has no camera. Type the PIN printed on the card below.</source>
        <translation>Máy tính bảng này không có camera. Hãy nhập mã PIN in trên thẻ vào ô bên dưới.</translation>
    </message>
    <message>
        <source>The camera does not work: %1. Type the PIN printed on the card below.</source>
        <translation>Camera không hoạt động: %1. Hãy nhập mã PIN in trên thẻ vào ô bên dưới.</translation>
    </message>
    <message>
        <source>Or type the PIN on the card:</source>
        <translation>Hoặc nhập mã PIN trên thẻ:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Checking in…</source>
        <translation>Đang điểm danh…</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Đã điểm danh</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Đã điểm danh từ trước</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Không điểm danh được</translation>
    </message>
    <message>
        <source>Waiting for the first card</source>
        <translation>Đang chờ thẻ đầu tiên</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Checked in at this door: %1 · Members present: %2 of %3</source>
        <translation>Đã điểm danh tại cửa này: %1 · Thành viên có mặt: %2/%3</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>CumulativePaper</name>
    <message>
        <source>You hold %1 × %2 seats = %3 votes</source>
        <translation>Bạn có %1 × %2 thành viên được bầu = %3 phiếu bầu</translation>
    </message>
    <message>
        <source>%1 left of %2 votes</source>
        <translation>Còn %1 / %2 phiếu bầu</translation>
    </message>
    <message>
        <source>%1 votes too many: this paper will be invalid</source>
        <translation>Thừa %1 phiếu bầu: phiếu này sẽ không hợp lệ</translation>
    </message>
    <message>
        <source>Give your votes to at least one candidate</source>
        <translation>Hãy dồn phiếu cho ít nhất một ứng cử viên</translation>
    </message>
    <message>
        <source>This paper is valid; %1 votes not given yet</source>
        <translation>Phiếu hợp lệ; còn %1 phiếu bầu chưa dồn</translation>
    </message>
    <message>
        <source>This paper is valid: every vote given</source>
        <translation>Phiếu hợp lệ: đã dồn hết số phiếu bầu</translation>
    </message>
    <message>
        <source>Split evenly over the %1 names marked</source>
        <translation>Chia đều cho %1 người đã chọn</translation>
    </message>
    <message>
        <source>Mark names to split the votes evenly</source>
        <translation>Chọn người để chia đều số phiếu bầu</translation>
    </message>
    <message>
        <source>Unmark %1</source>
        <translation>Bỏ chọn %1</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Chọn %1</translation>
    </message>
    <message>
        <source>Votes for %1</source>
        <translation>Số phiếu bầu cho %1</translation>
    </message>
    <message>
        <source>Touch a name&apos;s votes to type them</source>
        <translation>Chạm vào số phiếu của một người để nhập</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xoá hết</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Xoá chữ số cuối</translation>
    </message>
    <message>
        <source>All here</source>
        <translation>Dồn hết</translation>
    </message>
    <message>
        <source>+ the %1 left</source>
        <translation>+ %1 còn lại</translation>
    </message>
</context>
<context>
    <name>DelegateFloor</name>
    <message>
        <source>No vote at the moment</source>
        <translation>Hiện không có biểu quyết</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>The meeting&apos;s details are saved.</source>
        <translation>Đã lưu thông tin cuộc họp.</translation>
    </message>
    <message>
        <source>The agenda is saved.</source>
        <translation>Đã lưu chương trình.</translation>
    </message>
    <message>
        <source>The document is on the agenda item.</source>
        <translation>Tài liệu đã được gắn vào nội dung.</translation>
    </message>
    <message>
        <source>The meeting is convened: its participants may join.</source>
        <translation>Cuộc họp đã được triệu tập: đại biểu có thể tham gia.</translation>
    </message>
    <message>
        <source>The meeting has started.</source>
        <translation>Cuộc họp đã bắt đầu.</translation>
    </message>
    <message>
        <source>The meeting is closed.</source>
        <translation>Cuộc họp đã bế mạc.</translation>
    </message>
    <message>
        <source>The signed archive is made and kept on the server.</source>
        <translation>Đã lập và lưu bộ hồ sơ có chữ ký trên máy chủ.</translation>
    </message>
    <message>
        <source>The meeting&apos;s data is removed from the server.</source>
        <translation>Đã xóa dữ liệu cuộc họp khỏi máy chủ.</translation>
    </message>
    <message>
        <source>PINs issued.</source>
        <translation>Đã cấp mã PIN.</translation>
    </message>
    <message>
        <source>Organiser&apos;s desk</source>
        <translation>Bàn tổ chức</translation>
    </message>
    <message>
        <source>Connection lost: reconnecting… (changes are sent again)</source>
        <translation>Mất kết nối: đang kết nối lại… (các thay đổi sẽ được gửi lại)</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Máy chủ %1</translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation>Tất cả cuộc họp</translation>
    </message>
    <message>
        <source>Close the desk</source>
        <translation>Đóng bàn tổ chức</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Đang mở %1…</translation>
    </message>
    <message>
        <source>%1 · %2 participants · %3 agenda items</source>
        <translation>%1 · %2 đại biểu · %3 nội dung</translation>
    </message>
    <message>
        <source>Convene</source>
        <translation>Triệu tập</translation>
    </message>
    <message>
        <source>Convene the meeting? Its participants may then join, and every later change of its participants, agenda or details is recorded with a reason.</source>
        <translation>Triệu tập cuộc họp? Sau đó đại biểu có thể tham gia, và mọi thay đổi về đại biểu, chương trình hay thông tin cuộc họp đều được ghi lại kèm lý do.</translation>
    </message>
    <message>
        <source>Start the meeting</source>
        <translation>Bắt đầu cuộc họp</translation>
    </message>
    <message>
        <source>Start the meeting now?</source>
        <translation>Bắt đầu cuộc họp ngay bây giờ?</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>Bế mạc cuộc họp</translation>
    </message>
    <message>
        <source>Close the meeting? The floor stops; the minutes can still be approved and exported.</source>
        <translation>Bế mạc cuộc họp? Phần điều hành dừng lại; biên bản vẫn có thể được thông qua và xuất ra.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bế mạc</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <source>Make the signed archive of the meeting and keep it on the server? Nothing can be changed afterwards.</source>
        <translation>Lập bộ hồ sơ có chữ ký của cuộc họp và lưu trên máy chủ? Sau đó không thể thay đổi gì nữa.</translation>
    </message>
    <message>
        <source>Remove its data</source>
        <translation>Xóa dữ liệu</translation>
    </message>
    <message>
        <source>The meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Agenda and documents</source>
        <translation>Chương trình và tài liệu</translation>
    </message>
    <message>
        <source>Participants and PINs</source>
        <translation>Đại biểu và mã PIN</translation>
    </message>
    <message>
        <source>Remove the meeting&apos;s data from the server? Its log, PINs and tokens go; the signed archive stays. Type the meeting&apos;s id, %1, to confirm.</source>
        <translation>Xóa dữ liệu cuộc họp khỏi máy chủ? Nhật ký, mã PIN và mã thiết bị sẽ bị xóa; bộ hồ sơ có chữ ký được giữ lại. Hãy gõ mã cuộc họp, %1, để xác nhận.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>DeskParticipantForm</name>
    <message>
        <source>Edit a participant</source>
        <translation>Sửa thông tin người tham dự</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Thêm người tham dự</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Votes or shares</source>
        <translation>Số phiếu hoặc cổ phần</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>DeskParticipants</name>
    <message>
        <source>Participants (%1)</source>
        <translation>Người tham dự (%1)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>Nhập danh sách</translation>
    </message>
    <message>
        <source>Issue PINs (%1)</source>
        <translation>Cấp mã PIN (%1)</translation>
    </message>
    <message>
        <source>Print join cards (%1)</source>
        <translation>In thẻ tham dự (%1)</translation>
    </message>
    <message>
        <source>Reason for the change (required once the meeting is convened)</source>
        <translation>Lý do thay đổi (bắt buộc khi cuộc họp đã được triệu tập)</translation>
    </message>
    <message>
        <source>An imported list replaces this one</source>
        <translation>Danh sách nhập vào thay cho danh sách này</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Dòng %1 (%2): %3</translation>
    </message>
    <message>
        <source>New PINs are shown only now: print the join cards or note them before leaving this page.</source>
        <translation>Mã PIN mới chỉ hiện lúc này: hãy in thẻ tham dự hoặc ghi lại trước khi rời trang này.</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>quyền biểu quyết %1</translation>
    </message>
    <message>
        <source>PIN issued</source>
        <translation>Đã cấp PIN</translation>
    </message>
    <message>
        <source>no PIN</source>
        <translation>Chưa có PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Cấp lại PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Cấp PIN</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove %1 from the participants?</source>
        <translation>Xóa %1 khỏi danh sách người tham dự?</translation>
    </message>
    <message>
        <source>Save the join cards</source>
        <translation>Lưu thẻ tham dự</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The join cards could not be written.</source>
        <translation>Không ghi được thẻ tham dự.</translation>
    </message>
    <message>
        <source>Join cards saved: %1</source>
        <translation>Đã lưu thẻ tham dự: %1</translation>
    </message>
</context>
<context>
    <name>DeskReason</name>
    <message>
        <source>The meeting has been convened: this change is recorded with its reason.</source>
        <translation>Cuộc họp đã được triệu tập: thay đổi này được ghi lại kèm lý do.</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Lý do thay đổi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Record the change</source>
        <translation>Ghi nhận thay đổi</translation>
    </message>
</context>
<context>
    <name>DeskSignIn</name>
    <message>
        <source>Open the organiser&apos;s desk</source>
        <translation>Mở bàn tổ chức</translation>
    </message>
    <message>
        <source>The server prints its desk link at every start, and the organiser&apos;s secret once, at its first start.</source>
        <translation>Máy chủ in đường dẫn bàn tổ chức mỗi lần khởi động, và mã bí mật của người tổ chức một lần, khi chạy lần đầu.</translation>
    </message>
    <message>
        <source>Desk link of the server</source>
        <translation>Đường dẫn bàn tổ chức của máy chủ</translation>
    </message>
    <message>
        <source>Organiser&apos;s secret</source>
        <translation>Mã bí mật của người tổ chức</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Open the desk</source>
        <translation>Mở bàn tổ chức</translation>
    </message>
</context>
<context>
    <name>DeviceConsole</name>
    <message numerus="yes">
        <source>%n wrong PIN(s) for this meeting</source>
        <translation>
            <numerusform>%n lần nhập sai mã PIN cho cuộc họp này</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>from %n address(es)</source>
        <translation>
            <numerusform>từ %n địa chỉ</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN joins are paused: tablets that joined before still connect. Someone may be guessing PINs.</source>
        <translation>Tạm dừng tham gia bằng mã PIN: các máy đã tham gia trước đó vẫn kết nối được. Có thể có người đang dò mã PIN.</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>this tablet</source>
        <translation>máy này</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
</context>
<context>
    <name>DocumentManager</name>
    <message>
        <source>Choose the new version (PDF)</source>
        <translation>Chọn phiên bản mới (PDF)</translation>
    </message>
    <message>
        <source>Choose a PDF document</source>
        <translation>Chọn tài liệu PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Documents of the agenda</source>
        <translation>Tài liệu theo nội dung chương trình</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Thêm tài liệu</translation>
    </message>
    <message>
        <source>No documents for this item.</source>
        <translation>Nội dung này chưa có tài liệu.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>phiên bản %1</translation>
    </message>
    <message>
        <source>Replace with a new version</source>
        <translation>Thay phiên bản mới</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ tài liệu</translation>
    </message>
    <message>
        <source>Remove “%1” from the agenda? Participants will no longer see it.</source>
        <translation>Gỡ tài liệu “%1” khỏi chương trình? Đại biểu sẽ không còn thấy tài liệu này.</translation>
    </message>
    <message>
        <source>Remove the document</source>
        <translation>Gỡ tài liệu</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Documents of this item</source>
        <translation>Tài liệu của mục này</translation>
    </message>
    <message>
        <source>Meeting documents</source>
        <translation>Tài liệu cuộc họp</translation>
    </message>
    <message>
        <source>All documents ready</source>
        <translation>Đã có đủ tài liệu</translation>
    </message>
    <message>
        <source>Downloading documents… %1%</source>
        <translation>Đang tải tài liệu… %1%</translation>
    </message>
    <message>
        <source>No documents for this item.</source>
        <translation>Mục này không có tài liệu.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>%1 is presenting “%2”, page %3</source>
        <translation>%1 đang trình bày “%2”, trang %3</translation>
    </message>
    <message>
        <source>The chair</source>
        <translation>Chủ toạ</translation>
    </message>
    <message>
        <source>Follow the presenter</source>
        <translation>Theo người trình bày</translation>
    </message>
    <message>
        <source>Documents of item %1</source>
        <translation>Tài liệu của mục %1</translation>
    </message>
    <message>
        <source>Back to the current item</source>
        <translation>Về mục hiện tại</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF with notes</source>
        <translation>Xuất PDF kèm ghi chú</translation>
    </message>
    <message>
        <source>The shared notes are written into the PDF, readable in any PDF reader.</source>
        <translation>Các ghi chú chung được ghi vào tệp PDF, đọc được bằng mọi phần mềm đọc PDF.</translation>
    </message>
    <message>
        <source>Include my private notes</source>
        <translation>Gồm ghi chú riêng của tôi</translation>
    </message>
    <message>
        <source>The server is writing the notes into the PDF…</source>
        <translation>Máy chủ đang ghi các ghi chú vào tệp PDF…</translation>
    </message>
    <message>
        <source>Downloading… %1%</source>
        <translation>Đang tải… %1%</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %1 (%n note(s))</source>
        <translation>
            <numerusform>Đã xong: %1 (%n ghi chú)</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Open / share</source>
        <translation>Mở / chia sẻ</translation>
    </message>
</context>
<context>
    <name>FingerprintPrompt</name>
    <message>
        <source>First connection to this room server</source>
        <translation>Lần đầu kết nối tới máy chủ phòng họp này</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one on the room&apos;s screen or on your join card. Join only if every group is the same.</source>
        <translation>Hãy so sánh mã nhận dạng này với mã trên màn hình phòng họp hoặc trên thẻ tham dự. Chỉ tham gia khi mọi nhóm ký tự đều giống nhau.</translation>
    </message>
    <message>
        <source>It matches: trust and join</source>
        <translation>Trùng khớp: tin cậy và tham gia</translation>
    </message>
    <message>
        <source>It does not match</source>
        <translation>Không trùng khớp</translation>
    </message>
    <message>
        <source>The room announced this same fingerprint on the network. Anyone can announce: compare it with the room&apos;s screen or your card all the same.</source>
        <translation>Phòng họp đã thông báo đúng mã nhận dạng này trên mạng. Ai cũng có thể thông báo: vẫn hãy so sánh với màn hình phòng họp hoặc thẻ tham dự.</translation>
    </message>
    <message>
        <source>This is NOT the fingerprint the room announced on the network. Do not join unless it matches the room&apos;s screen or your card.</source>
        <translation>Đây KHÔNG phải mã nhận dạng mà phòng họp đã thông báo trên mạng. Chỉ tham gia khi nó trùng với mã trên màn hình phòng họp hoặc thẻ tham dự.</translation>
    </message>
</context>
<context>
    <name>FollowersBadge</name>
    <message>
        <source>%1/%2 following</source>
        <translation>%1/%2 đang theo dõi</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Đang theo dõi</translation>
    </message>
    <message>
        <source>Not reading</source>
        <translation>Không đọc tài liệu</translation>
    </message>
    <message>
        <source>Another document, page %1</source>
        <translation>Tài liệu khác, trang %1</translation>
    </message>
    <message>
        <source>On page %1</source>
        <translation>Đang xem trang %1</translation>
    </message>
    <message>
        <source>Who is following</source>
        <translation>Ai đang theo dõi</translation>
    </message>
    <message>
        <source>Nobody else is online</source>
        <translation>Chưa có ai khác trực tuyến</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>FormBuilder</name>
    <message>
        <source>Short text</source>
        <translation>Câu trả lời ngắn</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Đoạn văn</translation>
    </message>
    <message>
        <source>One choice</source>
        <translation>Chọn một</translation>
    </message>
    <message>
        <source>Several choices</source>
        <translation>Chọn nhiều</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Chấm điểm</translation>
    </message>
    <message>
        <source>Page or passage</source>
        <translation>Trang hoặc đoạn văn bản</translation>
    </message>
    <message>
        <source>New form</source>
        <translation>Biểu mẫu mới</translation>
    </message>
    <message>
        <source>Title in Vietnamese</source>
        <translation>Tiêu đề bằng tiếng Việt</translation>
    </message>
    <message>
        <source>Title in English</source>
        <translation>Tiêu đề bằng tiếng Anh</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>Ghi tên</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Ẩn danh</translation>
    </message>
    <message>
        <source>On the current item</source>
        <translation>Theo nội dung đang họp</translation>
    </message>
    <message>
        <source>Before the meeting</source>
        <translation>Trước cuộc họp</translation>
    </message>
    <message>
        <source>Add a field:</source>
        <translation>Thêm câu hỏi:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Question in Vietnamese</source>
        <translation>Câu hỏi bằng tiếng Việt</translation>
    </message>
    <message>
        <source>Question in English</source>
        <translation>Câu hỏi bằng tiếng Anh</translation>
    </message>
    <message>
        <source>One choice a line: Vietnamese | English</source>
        <translation>Mỗi dòng một lựa chọn: Tiếng Việt | English</translation>
    </message>
    <message>
        <source>Stars (1 to 10):</source>
        <translation>Số sao (1 đến 10):</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Field %1: </source>
        <translation>Câu %1: </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Create the form</source>
        <translation>Tạo biểu mẫu</translation>
    </message>
</context>
<context>
    <name>FormExportDialog</name>
    <message>
        <source>Export the results</source>
        <translation>Xuất kết quả</translation>
    </message>
    <message>
        <source>A PDF laid out like the minutes, with a chart for each choice, and a CSV for a spreadsheet (one line per result, as in the minutes). Anonymous forms carry no names.</source>
        <translation>Một tệp PDF trình bày như biên bản, có biểu đồ cho mỗi câu hỏi lựa chọn, và một tệp CSV cho bảng tính (mỗi dòng một kết quả, như trong biên bản). Biểu mẫu ẩn danh không ghi tên ai.</translation>
    </message>
    <message>
        <source>The server is writing the files…</source>
        <translation>Máy chủ đang tạo tệp…</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Đang tải về…</translation>
    </message>
    <message>
        <source>Saved on this tablet:</source>
        <translation>Đã lưu trên máy tính bảng này:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Export again</source>
        <translation>Xuất lại</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Mở tệp PDF</translation>
    </message>
    <message>
        <source>Open the CSV</source>
        <translation>Mở tệp CSV</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Passage (search it in the reader)</source>
        <translation>Đoạn văn (tìm trong trình đọc tài liệu)</translation>
    </message>
</context>
<context>
    <name>FormSendBar</name>
    <message>
        <source>To send, fill in: %1</source>
        <translation>Để gửi, hãy điền: %1</translation>
    </message>
    <message>
        <source>Send the correction</source>
        <translation>Gửi bản sửa</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Chưa gửi được: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <source>Kept on this tablet: it is sent when the connection is back.</source>
        <translation>Đã lưu trên máy tính bảng: sẽ gửi khi có kết nối lại.</translation>
    </message>
    <message>
        <source>Draft kept on this tablet.</source>
        <translation>Bản nháp đã lưu trên máy tính bảng.</translation>
    </message>
</context>
<context>
    <name>FormsPanel</name>
    <message>
        <source>Open</source>
        <translation>Đang mở</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã đóng</translation>
    </message>
    <message>
        <source>Not open yet</source>
        <translation>Chưa mở</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Góp ý dự thảo</translation>
    </message>
    <message>
        <source>Anonymous feedback</source>
        <translation>Góp ý ẩn danh</translation>
    </message>
    <message>
        <source>Registration to speak</source>
        <translation>Đăng ký phát biểu</translation>
    </message>
    <message>
        <source>Written questions</source>
        <translation>Phiếu chất vấn</translation>
    </message>
    <message>
        <source>Motions</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Đề xuất sửa đổi</translation>
    </message>
    <message numerus="yes">
        <source>%n answered</source>
        <translation>
            <numerusform>%n người đã gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>ẩn danh</translation>
    </message>
    <message>
        <source>you answered</source>
        <translation>bạn đã gửi</translation>
    </message>
    <message>
        <source>Open the form</source>
        <translation>Mở biểu mẫu</translation>
    </message>
    <message>
        <source>Close the form</source>
        <translation>Đóng biểu mẫu</translation>
    </message>
    <message numerus="yes">
        <source>%n answered. Anonymous answers are shown when the form closes.</source>
        <translation>
            <numerusform>%n người đã gửi. Phiếu ẩn danh được hiển thị khi đóng biểu mẫu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers</source>
        <translation>
            <numerusform>%n phiếu</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <source>Motions, amendments and questions</source>
        <translation>Kiến nghị, đề xuất sửa đổi và chất vấn</translation>
    </message>
    <message>
        <source>New form</source>
        <translation>Biểu mẫu mới</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Xuất kết quả</translation>
    </message>
    <message>
        <source>No amendment form is open on this document.</source>
        <translation>Chưa có phiếu đề xuất sửa đổi nào đang mở cho tài liệu này.</translation>
    </message>
    <message>
        <source>No feedback form is open on this document.</source>
        <translation>Chưa có phiếu góp ý nào đang mở cho tài liệu này.</translation>
    </message>
    <message>
        <source>Add a form on the current item:</source>
        <translation>Thêm biểu mẫu cho nội dung đang họp:</translation>
    </message>
    <message>
        <source>No form yet: add one with the keys above.</source>
        <translation>Chưa có biểu mẫu: thêm bằng các nút ở trên.</translation>
    </message>
    <message>
        <source>No form yet.</source>
        <translation>Chưa có biểu mẫu nào.</translation>
    </message>
    <message>
        <source>Add a form with the keys on the left, open it, and the delegates fill it in on their tablets. Its answers are counted here as they arrive.</source>
        <translation>Thêm biểu mẫu bằng các nút bên trái rồi mở biểu mẫu: đại biểu điền trên máy tính bảng của mình. Các ý kiến được tổng hợp tại đây ngay khi gửi đến.</translation>
    </message>
    <message>
        <source>The forms the chair opens appear on the left: feedback on the draft, registration to speak, written questions, motions and amendments. Tap one to fill it in. To comment on a passage of the draft, search it in the reader and tap “Comment on this passage”.</source>
        <translation>Các biểu mẫu chủ tọa mở sẽ hiện ở bên trái: phiếu góp ý dự thảo, đăng ký phát biểu, phiếu chất vấn, kiến nghị và đề xuất sửa đổi. Chạm vào một biểu mẫu để điền. Muốn góp ý một đoạn của dự thảo, hãy tìm đoạn đó trong trình đọc tài liệu rồi chạm “Góp ý đoạn này”.</translation>
    </message>
    <message>
        <source>This form is closed.</source>
        <translation>Biểu mẫu này đã đóng.</translation>
    </message>
    <message>
        <source>This form is not open yet.</source>
        <translation>Biểu mẫu này chưa mở.</translation>
    </message>
    <message>
        <source>Motions and amendments sent with a form appear here, with where each stands.</source>
        <translation>Kiến nghị và đề xuất sửa đổi gửi qua biểu mẫu sẽ hiện ở đây, kèm trạng thái xử lý.</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Quorum — paperless meeting room</source>
        <translation>Quorum — phòng họp không giấy</translation>
    </message>
    <message>
        <source>Join the meeting with the PIN on your invitation</source>
        <translation>Tham gia cuộc họp bằng mã PIN trên giấy mời</translation>
    </message>
    <message>
        <source>Join the meeting</source>
        <translation>Tham gia cuộc họp</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10:7450</source>
        <translation>ví dụ: 192.168.1.10:7450</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>or paste a join link</source>
        <translation>hoặc dán liên kết tham gia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Scan the QR code on the card</source>
        <translation>Quét mã QR trên thẻ</translation>
    </message>
    <message>
        <source>The link is used: server %1. The address and PIN typed above are not.</source>
        <translation>Dùng đường liên kết: máy chủ %1. Địa chỉ và mã PIN nhập ở trên không được dùng.</translation>
    </message>
    <message>
        <source>Organiser&apos;s desk: prepare meetings</source>
        <translation>Bàn tổ chức: chuẩn bị cuộc họp</translation>
    </message>
</context>
<context>
    <name>JoinScanner</name>
    <message>
        <source>This QR code is not a meeting link. Scan the code on your join card.</source>
        <translation>Mã QR này không phải liên kết cuộc họp. Hãy quét mã trên thẻ tham dự của bạn.</translation>
    </message>
    <message>
        <source>Scan the QR code on your join card</source>
        <translation>Quét mã QR trên thẻ tham dự</translation>
    </message>
    <message>
        <source>This tablet has no camera. Type the server address and the PIN printed on your join card instead.</source>
        <translation>Máy tính bảng này không có camera. Hãy nhập địa chỉ máy chủ và mã PIN in trên thẻ tham dự.</translation>
    </message>
    <message>
        <source>The camera does not work: %1. Type the server address and the PIN printed on your join card instead.</source>
        <translation>Camera không hoạt động: %1. Hãy nhập địa chỉ máy chủ và mã PIN in trên thẻ tham dự.</translation>
    </message>
    <message>
        <source>Hold the card&apos;s QR code in front of the camera.</source>
        <translation>Đưa mã QR trên thẻ vào trước camera.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>LayerSwitch</name>
    <message>
        <source>My marks:</source>
        <translation>Ghi chú của tôi:</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Riêng tư</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Chung</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Quorum tablet</source>
        <translation>Quorum – máy tính bảng</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>As the kind of body rules</source>
        <translation>Theo quy định của loại tổ chức</translation>
    </message>
    <message>
        <source>The meeting&apos;s details</source>
        <translation>Thông tin cuộc họp</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>e.g. Đoàn khối các cơ quan tỉnh</source>
        <translation>ví dụ: Đoàn khối các cơ quan tỉnh</translation>
    </message>
    <message>
        <source>Body above it</source>
        <translation>Cơ quan cấp trên</translation>
    </message>
    <message>
        <source>e.g. Tỉnh đoàn (in the minutes&apos; header)</source>
        <translation>ví dụ: Tỉnh đoàn (ở tiêu đề biên bản)</translation>
    </message>
    <message>
        <source>Kind of body</source>
        <translation>Loại tổ chức</translation>
    </message>
    <message>
        <source>Resolutions: %1</source>
        <translation>Nghị quyết: %1</translation>
    </message>
    <message>
        <source>Ballot rule</source>
        <translation>Quy tắc biểu quyết</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ngày và giờ</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>nn/tt/nnnn</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>gg:pp</translation>
    </message>
    <message>
        <source>Write the date as 07/12/2026 and the time as 8:00.</source>
        <translation>Hãy ghi ngày dạng 07/12/2026 và giờ dạng 8:00.</translation>
    </message>
    <message>
        <source>Language of the minutes</source>
        <translation>Ngôn ngữ của biên bản</translation>
    </message>
    <message>
        <source>Proxies</source>
        <translation>Ủy quyền</translation>
    </message>
    <message>
        <source>allowed, at most per holder:</source>
        <translation>được phép, tối đa mỗi người nhận:</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>không được phép</translation>
    </message>
    <message>
        <source>Minutes&apos; number</source>
        <translation>Số biên bản</translation>
    </message>
    <message>
        <source>e.g. 05/BB-ĐTN</source>
        <translation>ví dụ: 05/BB-ĐTN</translation>
    </message>
    <message>
        <source>Place in the minutes&apos; date line</source>
        <translation>Địa danh ở dòng ngày tháng của biên bản</translation>
    </message>
    <message>
        <source>e.g. Hà Nội</source>
        <translation>ví dụ: Hà Nội</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>convening no. %1</source>
        <translation>lần thứ %1</translation>
    </message>
    <message>
        <source>Convening</source>
        <translation>Lần triệu tập</translation>
    </message>
    <message>
        <source>Units of the body</source>
        <translation>Số đơn vị của tổ chức</translation>
    </message>
    <message>
        <source>empty: the units of the participants</source>
        <translation>để trống: theo đơn vị của người được triệu tập</translation>
    </message>
    <message>
        <source>Shares (votes) of the body</source>
        <translation>Tổng số cổ phần (phiếu biểu quyết)</translation>
    </message>
    <message>
        <source>empty: the participants&apos; weights</source>
        <translation>để trống: theo số phiếu của người được triệu tập</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Số người có mặt tối thiểu</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>Bầu cử</translation>
    </message>
    <message>
        <source>The chair can change it for each election in the ballot wizard.</source>
        <translation>Chủ tọa có thể đổi nguyên tắc cho từng cuộc bầu khi tạo phiếu.</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Item %1/%2</source>
        <translation>Mục %1/%2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Rời cuộc họp</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Chương trình họp</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Mục trước</translation>
    </message>
    <message>
        <source>Start the agenda</source>
        <translation>Bắt đầu chương trình</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Mục tiếp theo</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>Bạn là</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <source>%1/%2 present</source>
        <translation>%1/%2 có mặt</translation>
    </message>
    <message>
        <source>Agenda and participants</source>
        <translation>Chương trình và đại biểu</translation>
    </message>
    <message>
        <source>Chair console</source>
        <translation>Bàn điều hành chủ tọa</translation>
    </message>
    <message>
        <source>Room screen</source>
        <translation>Màn hình phòng họp</translation>
    </message>
    <message>
        <source>Speaking and voting</source>
        <translation>Phát biểu và biểu quyết</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Leave the meeting? This tablet forgets it; you can join again with your PIN.</source>
        <translation>Rời cuộc họp? Máy tính bảng này sẽ quên cuộc họp; bạn có thể tham gia lại bằng mã PIN.</translation>
    </message>
    <message>
        <source>Leave the meeting</source>
        <translation>Rời cuộc họp</translation>
    </message>
    <message>
        <source>Devices ⚠</source>
        <translation>Thiết bị ⚠</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Biểu mẫu</translation>
    </message>
</context>
<context>
    <name>MeetingsList</name>
    <message>
        <source>Upcoming</source>
        <translation>Sắp diễn ra</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Đang họp</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã bế mạc</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>chưa có ngày</translation>
    </message>
    <message>
        <source>Meetings on this server</source>
        <translation>Các cuộc họp trên máy chủ này</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Cuộc họp mới</translation>
    </message>
    <message>
        <source>No meeting on this server yet. Create the first one with &quot;New meeting&quot;.</source>
        <translation>Máy chủ chưa có cuộc họp nào. Hãy tạo cuộc họp đầu tiên bằng nút &quot;Cuộc họp mới&quot;.</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(chưa có tiêu đề)</translation>
    </message>
    <message>
        <source>%1 · %2 participants · %3 agenda items</source>
        <translation>%1 · %2 đại biểu · %3 nội dung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>e.g. Youth Union executive committee, 5th session</source>
        <translation>ví dụ: Hội nghị Ban Chấp hành Đoàn khối lần thứ 5</translation>
    </message>
    <message>
        <source>Meeting id (in links and on join cards)</source>
        <translation>Mã cuộc họp (trong đường dẫn và trên thẻ tham dự)</translation>
    </message>
    <message>
        <source>Letters a-z, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, at most 64.</source>
        <translation>Chữ a-z, chữ số, &apos;-&apos;, &apos;_&apos; và &apos;.&apos;, tối đa 64 ký tự.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Create the draft</source>
        <translation>Tạo dự thảo</translation>
    </message>
</context>
<context>
    <name>MinutesConsole</name>
    <message>
        <source>Not approved yet</source>
        <translation>Chưa duyệt</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Đã duyệt bởi %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Approved and locked</source>
        <translation>Đã duyệt và khóa</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>No further changes: reopen the minutes (with a reason) to change them.</source>
        <translation>Không sửa được nữa: muốn thay đổi, hãy mở lại biên bản (nêu lý do).</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>e.g. 05/BB-ĐTN</source>
        <translation>ví dụ 05/BB-ĐTN</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>e.g. Hà Nội</source>
        <translation>ví dụ Hà Nội</translation>
    </message>
    <message>
        <source>General conclusion</source>
        <translation>Kết luận chung</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ tọa</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>You approved</source>
        <translation>Bạn đã duyệt</translation>
    </message>
    <message>
        <source>Approve the minutes</source>
        <translation>Duyệt biên bản</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Lý do mở lại</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Reopenings: %1 (last reason: “%2”)</source>
        <translation>Đã mở lại %1 lần (lý do lần gần nhất: “%2”)</translation>
    </message>
    <message>
        <source>Reopenings: %1</source>
        <translation>Đã mở lại %1 lần</translation>
    </message>
    <message>
        <source>Minutes PDF and archive</source>
        <translation>Biên bản PDF và hồ sơ lưu trữ</translation>
    </message>
    <message>
        <source>Make the PDF and the archive</source>
        <translation>Tạo PDF và hồ sơ lưu trữ</translation>
    </message>
    <message>
        <source>Make them again</source>
        <translation>Tạo lại</translation>
    </message>
    <message>
        <source>The server is making the PDF and the signed archive…</source>
        <translation>Máy chủ đang tạo PDF và hồ sơ lưu trữ có chữ ký…</translation>
    </message>
    <message>
        <source>Downloading to this tablet…</source>
        <translation>Đang tải về máy tính bảng này…</translation>
    </message>
    <message>
        <source>Approved minutes</source>
        <translation>Biên bản đã duyệt</translation>
    </message>
    <message>
        <source>Draft (DỰ THẢO)</source>
        <translation>Bản dự thảo (DỰ THẢO)</translation>
    </message>
    <message>
        <source>Not made yet. The server signs the archive with the key below.</source>
        <translation>Chưa tạo. Máy chủ ký hồ sơ lưu trữ bằng khóa dưới đây.</translation>
    </message>
    <message>
        <source>Open the minutes (PDF)</source>
        <translation>Mở biên bản (PDF)</translation>
    </message>
    <message>
        <source>Archive saved at: %1</source>
        <translation>Hồ sơ lưu trữ đã lưu tại: %1</translation>
    </message>
    <message>
        <source>Archive signing key</source>
        <translation>Khóa ký hồ sơ lưu trữ</translation>
    </message>
    <message>
        <source>The server did not say.</source>
        <translation>Máy chủ không cho biết.</translation>
    </message>
    <message>
        <source>Check an archive with: quorum-server verify ARCHIVE --key FINGERPRINT</source>
        <translation>Kiểm tra hồ sơ lưu trữ bằng lệnh: quorum-server verify ARCHIVE --key FINGERPRINT</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chép</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Saving these changes withdraws the approval of %1. The minutes will need to be approved again.</source>
        <translation>Lưu các thay đổi này sẽ rút lại phê duyệt của %1. Biên bản sẽ phải được phê duyệt lại.</translation>
    </message>
    <message>
        <source>Save and withdraw the approval</source>
        <translation>Lưu và rút lại phê duyệt</translation>
    </message>
    <message>
        <source>Your changes are kept on this tablet. Saving them withdraws the approval of %1.</source>
        <translation>Các thay đổi của bạn được giữ trên máy này. Lưu chúng sẽ rút lại phê duyệt của %1.</translation>
    </message>
    <message>
        <source>This tablet has no program that opens PDF files. Save a copy of the minutes to open it elsewhere?</source>
        <translation>Máy tính bảng này không có chương trình mở tệp PDF. Lưu một bản biên bản để mở ở nơi khác?</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Lưu một bản…</translation>
    </message>
    <message>
        <source>Save the minutes (PDF)</source>
        <translation>Lưu biên bản (PDF)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Minutes saved at: %1</source>
        <translation>Đã lưu biên bản tại: %1</translation>
    </message>
    <message>
        <source>Notes on this item</source>
        <translation>Ghi chép của mục này</translation>
    </message>
    <message>
        <source>Conclusion of this item</source>
        <translation>Kết luận của mục này</translation>
    </message>
</context>
<context>
    <name>NearbyRooms</name>
    <message>
        <source>Rooms nearby</source>
        <translation>Phòng họp gần đây</translation>
    </message>
    <message>
        <source>Looking for meeting rooms on this network…</source>
        <translation>Đang tìm phòng họp trong mạng này…</translation>
    </message>
    <message>
        <source>This tablet is on no network where rooms can be looked for. Type the address.</source>
        <translation>Máy tính bảng không ở trong mạng nào để tìm phòng họp. Hãy nhập địa chỉ máy chủ.</translation>
    </message>
    <message>
        <source>%1 — needs another version of this app</source>
        <translation>%1 — cần phiên bản khác của ứng dụng</translation>
    </message>
    <message>
        <source>%1 — not encrypted</source>
        <translation>%1 — không mã hoá</translation>
    </message>
</context>
<context>
    <name>ParticipantDelegate</name>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (bạn)</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Clear</source>
        <translation>Xoá hết</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Xoá chữ số cuối</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <source>Item %1/%2</source>
        <translation>Mục %1/%2</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <source>Result of the vote</source>
        <translation>Kết quả biểu quyết</translation>
    </message>
    <message>
        <source>Voting is open</source>
        <translation>Đang biểu quyết</translation>
    </message>
    <message>
        <source>%1/%2 voted</source>
        <translation>%1/%2 đã biểu quyết</translation>
    </message>
</context>
<context>
    <name>ProxyPanel</name>
    <message>
        <source>Proxy</source>
        <translation>Ủy quyền</translation>
    </message>
    <message>
        <source>You have given your vote to %1</source>
        <translation>Bạn đã ủy quyền cho %1</translation>
    </message>
    <message>
        <source>Take my vote back</source>
        <translation>Thu hồi ủy quyền</translation>
    </message>
    <message>
        <source>You also vote for: %1</source>
        <translation>Bạn bỏ phiếu thay cho: %1</translation>
    </message>
    <message>
        <source>Give my vote by proxy…</source>
        <translation>Ủy quyền biểu quyết…</translation>
    </message>
    <message>
        <source>Who votes for you?</source>
        <translation>Ai bỏ phiếu thay bạn?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Give to %1</source>
        <translation>Ủy quyền cho %1</translation>
    </message>
    <message>
        <source>Give</source>
        <translation>Ủy quyền</translation>
    </message>
</context>
<context>
    <name>QuorumBadge</name>
    <message>
        <source>%1/%2 — quorum reached</source>
        <translation>%1/%2 — đủ số đại biểu</translation>
    </message>
    <message>
        <source>%1/%2 — %3 short of quorum</source>
        <translation>%1/%2 — thiếu %3</translation>
    </message>
    <message>
        <source>Quorum: %1</source>
        <translation>Đủ số đại biểu: %1</translation>
    </message>
</context>
<context>
    <name>QuorumRuleEditor</name>
    <message>
        <source>Condition</source>
        <translation>Điều kiện</translation>
    </message>
    <message>
        <source>and also</source>
        <translation>và</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>ít nhất</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>quá</translation>
    </message>
    <message>
        <source>units</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>weights (shares)</source>
        <translation>trọng số (cổ phần)</translation>
    </message>
    <message>
        <source>people</source>
        <translation>người</translation>
    </message>
    <message>
        <source>of all members of the body</source>
        <translation>tổng số thành viên</translation>
    </message>
    <message>
        <source>of those convened</source>
        <translation>số được triệu tập</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>không cần tối thiểu</translation>
    </message>
    <message>
        <source>its own quorum</source>
        <translation>ngưỡng riêng</translation>
    </message>
    <message>
        <source>as above</source>
        <translation>như trên</translation>
    </message>
    <message>
        <source>Quorum: %1</source>
        <translation>Điều kiện hợp lệ: %1</translation>
    </message>
    <message>
        <source>This meeting&apos;s own rule</source>
        <translation>Quy tắc riêng của cuộc họp này</translation>
    </message>
    <message>
        <source>Back to the preset</source>
        <translation>Về lại mẫu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>+ A further condition (e.g. two thirds of the units)</source>
        <translation>+ Thêm một điều kiện (ví dụ hai phần ba số đơn vị)</translation>
    </message>
    <message>
        <source>If the meeting is convened again:</source>
        <translation>Nếu phải triệu tập lại:</translation>
    </message>
    <message>
        <source>convening no. %1</source>
        <translation>lần thứ %1</translation>
    </message>
    <message>
        <source>A quorum&apos;s fraction must be above 0 and at most 1 (e.g. 2 of 3).</source>
        <translation>Tỷ lệ trong điều kiện hợp lệ phải lớn hơn 0 và không quá 1 (ví dụ 2 trên 3).</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>Follow the presenter</source>
        <translation>Theo người trình bày</translation>
    </message>
    <message>
        <source>Following the presenter</source>
        <translation>Đang theo người trình bày</translation>
    </message>
    <message>
        <source>Stop presenting</source>
        <translation>Dừng trình bày</translation>
    </message>
    <message>
        <source>Present this page</source>
        <translation>Trình bày trang này</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The document is still downloading…</source>
        <translation>Tài liệu đang được tải…</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) saved on this tablet, sent when the connection returns</source>
        <translation>
            <numerusform>%n ghi chú đã lưu trên máy, sẽ gửi khi có kết nối lại</numerusform>
        </translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa khổ</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Ghi chú mới</translation>
    </message>
    <message>
        <source>Write your note</source>
        <translation>Nhập ghi chú</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Lưu ghi chú</translation>
    </message>
    <message>
        <source>Export PDF with notes</source>
        <translation>Xuất PDF kèm ghi chú</translation>
    </message>
    <message>
        <source>Pages, outline and search</source>
        <translation>Trang, mục lục và tìm kiếm</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Page %1: «%2»</source>
        <translation>Trang %1: «%2»</translation>
    </message>
    <message>
        <source>Comment on this passage</source>
        <translation>Góp ý đoạn này</translation>
    </message>
    <message>
        <source>Propose a change</source>
        <translation>Đề xuất sửa đoạn này</translation>
    </message>
</context>
<context>
    <name>ReaderSidebar</name>
    <message>
        <source>Pages</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Mục lục</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>This document has no outline.</source>
        <translation>Tài liệu này không có mục lục.</translation>
    </message>
    <message>
        <source>Search the document</source>
        <translation>Tìm trong tài liệu</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n result(s)</source>
        <translation>
            <numerusform>Kết quả %1/%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Không tìm thấy kết quả</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
</context>
<context>
    <name>ResultChart</name>
    <message>
        <source>Result withheld: the ballots do not match the voters</source>
        <translation>Chưa công bố kết quả: số phiếu không khớp với số người biểu quyết</translation>
    </message>
    <message>
        <source>Tie — a new vote decides</source>
        <translation>Hòa phiếu — cần biểu quyết lại</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Thông qua</translation>
    </message>
    <message>
        <source>Not adopted</source>
        <translation>Không thông qua</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Có kết quả</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Không đủ để quyết định</translation>
    </message>
    <message>
        <source>%1 of %2 voted</source>
        <translation>%1/%2 đại biểu đã biểu quyết</translation>
    </message>
    <message>
        <source>Tie broken: %1</source>
        <translation>Đã phân định hòa phiếu: %1</translation>
    </message>
    <message>
        <source>%1 invalid papers, counted apart</source>
        <translation>%1 phiếu không hợp lệ, đếm riêng</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>This file is not a list: choose an Excel workbook (.xlsx) or a CSV file.</source>
        <translation>Tệp này không phải danh sách: hãy chọn tệp Excel (.xlsx) hoặc tệp CSV.</translation>
    </message>
    <message>
        <source>The CSV file is not in UTF-8: save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>Tệp CSV không ở mã UTF-8: hãy lưu lại theo dạng &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>The workbook is damaged or incomplete: save it again from the spreadsheet program.</source>
        <translation>Tệp Excel bị hỏng hoặc không đầy đủ: hãy lưu lại từ chương trình bảng tính.</translation>
    </message>
    <message>
        <source>The workbook has no sheet of that name.</source>
        <translation>Tệp Excel không có trang tính mang tên này.</translation>
    </message>
    <message>
        <source>The file is too large for a list of participants.</source>
        <translation>Tệp quá lớn đối với một danh sách đại biểu.</translation>
    </message>
    <message>
        <source>The list has more rows than a meeting can hold (10,000).</source>
        <translation>Danh sách có nhiều dòng hơn số người một cuộc họp cho phép (10.000).</translation>
    </message>
    <message>
        <source>The sheet has cells far beyond the columns of a list.</source>
        <translation>Trang tính có ô nằm quá xa các cột của danh sách.</translation>
    </message>
    <message>
        <source>The list has a header but no participant.</source>
        <translation>Danh sách có dòng tiêu đề nhưng không có đại biểu nào.</translation>
    </message>
    <message>
        <source>No column of names: the header needs &quot;Họ và tên&quot; or &quot;Name&quot;.</source>
        <translation>Không có cột họ tên: dòng tiêu đề cần có cột &quot;Họ và tên&quot; hoặc &quot;Name&quot;.</translation>
    </message>
    <message>
        <source>Two columns mean the same thing (&quot;%1&quot;): keep one.</source>
        <translation>Hai cột có cùng ý nghĩa (&quot;%1&quot;): chỉ giữ lại một cột.</translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation>Dòng này không có họ tên.</translation>
    </message>
    <message>
        <source>The same person as row %1.</source>
        <translation>Trùng người với dòng %1.</translation>
    </message>
    <message>
        <source>The same ID as row %1.</source>
        <translation>Trùng mã với dòng %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: chair, secretary, delegate or observer.</source>
        <translation>&quot;%1&quot; không phải vai trò: chủ tọa, thư ký, đại biểu hoặc khách mời.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a positive whole number.</source>
        <translation>&quot;%1&quot; không phải số nguyên dương.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 12 digits.</source>
        <translation>Mã PIN gồm từ 4 đến 12 chữ số.</translation>
    </message>
    <message>
        <source>The same PIN as row %1.</source>
        <translation>Trùng mã PIN với dòng %1.</translation>
    </message>
    <message>
        <source>The cell is too long.</source>
        <translation>Nội dung ô quá dài.</translation>
    </message>
    <message>
        <source>This cannot be imported.</source>
        <translation>Không nhập được dòng này.</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Dòng %1</translation>
    </message>
    <message>
        <source>column %1 (%2)</source>
        <translation>cột %1 (%2)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>cột %1</translation>
    </message>
    <message>
        <source>Choose the list of participants</source>
        <translation>Chọn danh sách đại biểu</translation>
    </message>
    <message>
        <source>Lists of participants (*.xlsx *.csv)</source>
        <translation>Danh sách đại biểu (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Import the list of participants</source>
        <translation>Nhập danh sách đại biểu</translation>
    </message>
    <message>
        <source>Choose another file</source>
        <translation>Chọn tệp khác</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Chọn tệp</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file with a header row: Họ và tên, Chức vụ, Đơn vị, Vai trò, Số cổ phần…</source>
        <translation>Tệp Excel (.xlsx) hoặc tệp CSV có dòng tiêu đề: Họ và tên, Chức vụ, Đơn vị, Vai trò, Số cổ phần…</translation>
    </message>
    <message>
        <source>%1: %2 participants will be imported.</source>
        <translation>%1: sẽ nhập %2 đại biểu.</translation>
    </message>
    <message>
        <source>%1: nothing will be imported until the list is corrected (%2 refused rows).</source>
        <translation>%1: chưa nhập gì cho đến khi danh sách được sửa (%2 dòng bị từ chối).</translation>
    </message>
    <message>
        <source>Chair %1 · Secretary %2 · Delegates %3 · Observers %4</source>
        <translation>Chủ trì %1 · Thư ký %2 · Đại biểu %3 · Quan sát viên %4</translation>
    </message>
    <message>
        <source>Columns not read: %1</source>
        <translation>Cột không đọc: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(không có tên)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>quyền biểu quyết %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Import %1 participants</source>
        <translation>Nhập %1 đại biểu</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
</context>
<context>
    <name>RulePanel</name>
    <message>
        <source>A rule of a kind of body:</source>
        <translation>Nguyên tắc theo loại tổ chức:</translation>
    </message>
    <message>
        <source>A rule of our own, part by part</source>
        <translation>Nguyên tắc riêng, từng phần</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Trên cơ sở</translation>
    </message>
    <message>
        <source>the votes for and against</source>
        <translation>số phiếu tán thành và không tán thành</translation>
    </message>
    <message>
        <source>all ballots cast, abstentions included</source>
        <translation>tổng số phiếu đã bỏ, kể cả không biểu quyết</translation>
    </message>
    <message>
        <source>the valid ballots</source>
        <translation>tổng số phiếu bầu hợp lệ</translation>
    </message>
    <message>
        <source>those present</source>
        <translation>số có mặt</translation>
    </message>
    <message>
        <source>those convened</source>
        <translation>số được triệu tập</translation>
    </message>
    <message>
        <source>all members of the body</source>
        <translation>tổng số thành viên của tổ chức</translation>
    </message>
    <message>
        <source>Fraction</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>trên (quá)</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>ít nhất</translation>
    </message>
    <message>
        <source>On a tie</source>
        <translation>Khi ngang phiếu</translation>
    </message>
    <message>
        <source>not broken (not passed)</source>
        <translation>không xử lý (không thông qua)</translation>
    </message>
    <message>
        <source>a new vote</source>
        <translation>bỏ phiếu lại</translation>
    </message>
    <message>
        <source>the older candidate</source>
        <translation>người nhiều tuổi hơn</translation>
    </message>
    <message>
        <source>the chair&apos;s casting vote</source>
        <translation>theo ý kiến chủ tọa</translation>
    </message>
    <message>
        <source>lots drawn by the secretary</source>
        <translation>bốc thăm (thư ký ghi nhận)</translation>
    </message>
    <message>
        <source>Count by weight (shares, mandates)</source>
        <translation>Tính theo số phiếu biểu quyết (cổ phần, ủy quyền)</translation>
    </message>
    <message>
        <source>A ballot keeping more names than seats is invalid</source>
        <translation>Phiếu bầu nhiều hơn số lượng được bầu là không hợp lệ</translation>
    </message>
    <message>
        <source>A ballot striking out every name is invalid</source>
        <translation>Phiếu gạch xóa hết tên là không hợp lệ</translation>
    </message>
    <message>
        <source>Cumulative voting (weight × seats, spread at will)</source>
        <translation>Bầu dồn phiếu (số phiếu × số người được bầu, phân bổ tùy ý)</translation>
    </message>
    <message>
        <source>Valid only if more than half of the voter list take part</source>
        <translation>Chỉ có giá trị khi quá nửa tổng số cử tri tham gia</translation>
    </message>
    <message>
        <source>The meeting&apos;s rule</source>
        <translation>Nguyên tắc của cuộc họp</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>SpeakButton</name>
    <message>
        <source>You have the floor</source>
        <translation>Bạn đang phát biểu</translation>
    </message>
    <message>
        <source>Point of order: you are number %1 in line</source>
        <translation>Ý kiến về thủ tục: bạn đứng thứ %1</translation>
    </message>
    <message>
        <source>You are number %1 in line</source>
        <translation>Bạn đứng thứ %1</translation>
    </message>
    <message>
        <source>Speakers waiting: %1</source>
        <translation>Số người chờ phát biểu: %1</translation>
    </message>
    <message>
        <source>The list of speakers is closed</source>
        <translation>Danh sách phát biểu đã khóa</translation>
    </message>
    <message>
        <source>Request the floor</source>
        <translation>Đăng ký phát biểu</translation>
    </message>
    <message>
        <source>Withdraw my request</source>
        <translation>Rút đăng ký phát biểu</translation>
    </message>
    <message>
        <source>End my speech</source>
        <translation>Kết thúc phát biểu</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Ý kiến về thủ tục</translation>
    </message>
</context>
<context>
    <name>SpeechTimer</name>
    <message>
        <source>Nobody has the floor</source>
        <translation>Chưa có ai phát biểu</translation>
    </message>
    <message>
        <source>Point of order</source>
        <translation>Ý kiến về thủ tục</translation>
    </message>
    <message>
        <source>Speaking now</source>
        <translation>Đang phát biểu</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Hết giờ</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>of %1 min</source>
        <translation>trong %1 phút</translation>
    </message>
    <message>
        <source>No time limit</source>
        <translation>Không giới hạn thời gian</translation>
    </message>
</context>
<context>
    <name>StrikeOutPaper</name>
    <message>
        <source>%1 agreed, %2 not agreed (%3 to elect)</source>
        <translation>%1 đồng ý, %2 không đồng ý (bầu %3)</translation>
    </message>
    <message>
        <source>%1 names kept · %2 to elect</source>
        <translation>Giữ lại %1 tên · bầu %2</translation>
    </message>
    <message>
        <source>Keep at least one name</source>
        <translation>Phải giữ lại ít nhất một tên</translation>
    </message>
    <message>
        <source>Strike out %1 more to go on</source>
        <translation>Gạch thêm %1 tên để tiếp tục</translation>
    </message>
    <message>
        <source>Every name is struck out: this paper will be invalid</source>
        <translation>Đã gạch hết tên: phiếu này sẽ không hợp lệ</translation>
    </message>
    <message>
        <source>More names kept than seats: this paper will be invalid (strike out %1 more)</source>
        <translation>Giữ lại nhiều tên hơn số cần bầu: phiếu này sẽ không hợp lệ (gạch thêm %1 tên)</translation>
    </message>
    <message>
        <source>This paper is valid</source>
        <translation>Phiếu hợp lệ</translation>
    </message>
    <message>
        <source>Search a name (no accents needed)</source>
        <translation>Tìm tên (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <source>Strike out</source>
        <translation>Gạch tên</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Không đồng ý</translation>
    </message>
    <message>
        <source>No name matches “%1”</source>
        <translation>Không có tên nào khớp “%1”</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Quan sát viên</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Người tham dự</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Đã kết nối</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Đang kết nối lại…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <source>Wrong PIN. Check the PIN on your invitation and try again.</source>
        <translation>Sai mã PIN. Hãy kiểm tra mã PIN trên giấy mời và thử lại.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Wait a minute, then try again.</source>
        <translation>Nhập sai mã PIN quá nhiều lần. Vui lòng đợi một phút rồi thử lại.</translation>
    </message>
    <message>
        <source>This meeting does not exist on the server.</source>
        <translation>Cuộc họp này không có trên máy chủ.</translation>
    </message>
    <message>
        <source>This tablet app and the room server are different versions. Ask the secretary to update the app.</source>
        <translation>Ứng dụng trên máy tính bảng và máy chủ phòng họp khác phiên bản. Hãy đề nghị thư ký cập nhật ứng dụng.</translation>
    </message>
    <message>
        <source>Cannot reach the room server. Check the address and the Wi-Fi.</source>
        <translation>Không kết nối được với máy chủ phòng họp. Hãy kiểm tra địa chỉ và mạng Wi-Fi.</translation>
    </message>
    <message>
        <source>You joined the meeting on another device.</source>
        <translation>Bạn đã tham gia cuộc họp trên một thiết bị khác.</translation>
    </message>
    <message>
        <source>Your role is not allowed to do this.</source>
        <translation>Vai trò của bạn không được phép thực hiện thao tác này.</translation>
    </message>
    <message>
        <source>This is not possible at this point of the meeting.</source>
        <translation>Không thể thực hiện thao tác này ở thời điểm hiện tại của cuộc họp.</translation>
    </message>
    <message>
        <source>Too many actions at once. Please wait a moment.</source>
        <translation>Quá nhiều thao tác cùng lúc. Vui lòng đợi giây lát.</translation>
    </message>
    <message>
        <source>This server address is not valid. Example: 192.168.1.10:7450</source>
        <translation>Địa chỉ máy chủ không hợp lệ. Ví dụ: 192.168.1.10:7450</translation>
    </message>
    <message>
        <source>Something went wrong (error %1). Please try again or ask the secretary.</source>
        <translation>Đã xảy ra lỗi (mã %1). Vui lòng thử lại hoặc liên hệ thư ký.</translation>
    </message>
    <message>
        <source>The server did not accept this input.</source>
        <translation>Máy chủ không chấp nhận dữ liệu này.</translation>
    </message>
    <message>
        <source>Simple majority: more than half of the votes cast</source>
        <translation>Đa số phiếu: trên một nửa số phiếu biểu quyết</translation>
    </message>
    <message>
        <source>More than half of the members present</source>
        <translation>Trên một nửa số đại biểu có mặt</translation>
    </message>
    <message>
        <source>More than half of the members convened</source>
        <translation>Trên một nửa số đại biểu được triệu tập</translation>
    </message>
    <message>
        <source>More than half of all members</source>
        <translation>Trên một nửa tổng số thành viên</translation>
    </message>
    <message>
        <source>At least two thirds of the members present</source>
        <translation>Ít nhất hai phần ba số đại biểu có mặt</translation>
    </message>
    <message>
        <source>At least two thirds of all members</source>
        <translation>Ít nhất hai phần ba tổng số thành viên</translation>
    </message>
    <message>
        <source>At least two thirds of the votes cast</source>
        <translation>Ít nhất hai phần ba số phiếu biểu quyết</translation>
    </message>
    <message>
        <source>In the room</source>
        <translation>Có mặt tại phòng họp</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Chưa điểm danh</translation>
    </message>
    <message>
        <source>The vote has ended.</source>
        <translation>Biểu quyết đã kết thúc.</translation>
    </message>
    <message>
        <source>This vote has already been recorded.</source>
        <translation>Phiếu này đã được ghi nhận trước đó.</translation>
    </message>
    <message>
        <source>Check in before voting.</source>
        <translation>Hãy điểm danh trước khi biểu quyết.</translation>
    </message>
    <message>
        <source>You gave your vote by proxy.</source>
        <translation>Bạn đã ủy quyền biểu quyết cho người khác.</translation>
    </message>
    <message>
        <source>You do not hold this proxy.</source>
        <translation>Bạn không giữ ủy quyền này.</translation>
    </message>
    <message>
        <source>The quorum is not reached: the vote cannot open.</source>
        <translation>Không đủ số đại biểu để biểu quyết.</translation>
    </message>
    <message>
        <source>Another vote is open. Close it first.</source>
        <translation>Đang có một biểu quyết khác. Hãy kết thúc biểu quyết đó trước.</translation>
    </message>
    <message>
        <source>The list of speakers is closed.</source>
        <translation>Danh sách phát biểu đã khóa.</translation>
    </message>
    <message>
        <source>You are already on the list of speakers.</source>
        <translation>Bạn đã có trong danh sách phát biểu.</translation>
    </message>
    <message>
        <source>Nobody is waiting to speak.</source>
        <translation>Không có ai chờ phát biểu.</translation>
    </message>
    <message>
        <source>Nobody has the floor.</source>
        <translation>Hiện không có ai phát biểu.</translation>
    </message>
    <message>
        <source>This meeting allows no proxies.</source>
        <translation>Cuộc họp này không cho phép ủy quyền.</translation>
    </message>
    <message>
        <source>This member has given his or her own vote by proxy.</source>
        <translation>Người này đã ủy quyền phiếu của mình cho người khác.</translation>
    </message>
    <message>
        <source>You hold proxies yourself: you cannot give your vote.</source>
        <translation>Bạn đang nhận ủy quyền của người khác nên không thể ủy quyền phiếu của mình.</translation>
    </message>
    <message>
        <source>This member already holds the most proxies allowed.</source>
        <translation>Người này đã nhận đủ số ủy quyền tối đa.</translation>
    </message>
    <message>
        <source>There is no proxy to revoke.</source>
        <translation>Không có ủy quyền nào để thu hồi.</translation>
    </message>
    <message>
        <source>There are more seats than candidates.</source>
        <translation>Số người cần bầu nhiều hơn số ứng cử viên.</translation>
    </message>
    <message>
        <source>There are more choices than options.</source>
        <translation>Số lựa chọn tối đa nhiều hơn số phương án.</translation>
    </message>
    <message>
        <source>Give at least two options, or one candidate.</source>
        <translation>Cần ít nhất hai phương án, hoặc một ứng cử viên.</translation>
    </message>
    <message>
        <source>Uploading “%1”… %2%</source>
        <translation>Đang tải lên “%1”… %2%</translation>
    </message>
    <message>
        <source>The server is checking “%1”…</source>
        <translation>Máy chủ đang kiểm tra “%1”…</translation>
    </message>
    <message>
        <source>Adding “%1” to the agenda…</source>
        <translation>Đang thêm “%1” vào chương trình…</translation>
    </message>
    <message>
        <source>New version of “%1” added.</source>
        <translation>Đã thay phiên bản mới: “%1”.</translation>
    </message>
    <message>
        <source>“%1” added.</source>
        <translation>Đã thêm “%1”.</translation>
    </message>
    <message>
        <source>“%1” could not be added.</source>
        <translation>Không thêm được “%1”.</translation>
    </message>
    <message>
        <source>The file is too large (at most 200 MB and 3000 pages).</source>
        <translation>Tệp quá lớn (tối đa 200 MB và 3000 trang).</translation>
    </message>
    <message>
        <source>This file is not a PDF. Choose a PDF document.</source>
        <translation>Tệp này không phải PDF. Hãy chọn một tài liệu PDF.</translation>
    </message>
    <message>
        <source>The PDF is incomplete (cut off). Copy the file again and retry.</source>
        <translation>Tệp PDF không đầy đủ (bị cắt). Hãy sao chép lại tệp và thử lại.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password. Save it without a password and retry.</source>
        <translation>Tệp PDF có mật khẩu bảo vệ. Hãy lưu lại không có mật khẩu rồi thử lại.</translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be read.</source>
        <translation>Tệp PDF bị hỏng, không đọc được.</translation>
    </message>
    <message>
        <source>The file changed or was damaged during the upload. Try again.</source>
        <translation>Tệp đã thay đổi hoặc bị hỏng trong khi tải lên. Hãy thử lại.</translation>
    </message>
    <message>
        <source>Other uploads are still under way. Wait a moment and retry.</source>
        <translation>Đang có tệp khác được tải lên. Vui lòng chờ một lát rồi thử lại.</translation>
    </message>
    <message>
        <source>The upload was interrupted. Try again.</source>
        <translation>Việc tải lên bị gián đoạn. Hãy thử lại.</translation>
    </message>
    <message>
        <source>The file cannot be read on this tablet.</source>
        <translation>Không đọc được tệp trên máy tính bảng này.</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Không đồng ý</translation>
    </message>
    <message>
        <source>Abstain</source>
        <translation>Không biểu quyết</translation>
    </message>
    <message>
        <source>own tablet</source>
        <translation>máy tính bảng</translation>
    </message>
    <message>
        <source>card at the door</source>
        <translation>quét thẻ tại cửa</translation>
    </message>
    <message>
        <source>by the secretary</source>
        <translation>thư ký ghi nhận</translation>
    </message>
    <message>
        <source>This is not a join card. Scan the QR code on the delegate&apos;s card, or type its PIN.</source>
        <translation>Đây không phải thẻ tham dự. Hãy quét mã QR trên thẻ của đại biểu, hoặc nhập mã PIN.</translation>
    </message>
    <message>
        <source>This card is for another meeting.</source>
        <translation>Thẻ này thuộc cuộc họp khác.</translation>
    </message>
    <message>
        <source>Unknown card: nobody in this meeting has this PIN.</source>
        <translation>Thẻ không hợp lệ: không ai trong cuộc họp này có mã PIN này.</translation>
    </message>
    <message>
        <source>Too many unknown cards. Wait a minute, then try again.</source>
        <translation>Quá nhiều thẻ không hợp lệ. Vui lòng chờ một phút rồi thử lại.</translation>
    </message>
    <message>
        <source>Only the secretary or the chair can check people in.</source>
        <translation>Chỉ thư ký hoặc chủ trì mới được điểm danh.</translation>
    </message>
    <message>
        <source>The check-in failed.</source>
        <translation>Điểm danh không thành công.</translation>
    </message>
    <message>
        <source>This tablet has not met this room server before. Compare its fingerprint before joining.</source>
        <translation>Máy tính bảng này chưa từng kết nối tới máy chủ phòng họp này. Hãy so sánh mã nhận dạng trước khi tham gia.</translation>
    </message>
    <message>
        <source>Refused: this server&apos;s certificate is not the one this tablet trusts for this address. Someone may be posing as the room server. Nothing was sent. Ask the secretary, or scan the QR code of your join card again.</source>
        <translation>Từ chối: chứng chỉ của máy chủ không phải chứng chỉ mà máy tính bảng này tin cậy cho địa chỉ này. Có thể ai đó đang giả mạo máy chủ phòng họp. Chưa có dữ liệu nào được gửi đi. Hãy hỏi thư ký, hoặc quét lại mã QR trên thẻ tham dự.</translation>
    </message>
    <message>
        <source>The secretary removed this tablet from the meeting. Type your PIN to join again.</source>
        <translation>Thư ký đã gỡ máy tính bảng này khỏi cuộc họp. Hãy nhập mã PIN để tham gia lại.</translation>
    </message>
    <message>
        <source>Too many wrong PINs were typed for this meeting. Ask the secretary; tablets that joined before still connect.</source>
        <translation>Đã có quá nhiều lần nhập sai mã PIN cho cuộc họp này. Hãy hỏi thư ký; các máy đã tham gia trước đó vẫn kết nối được.</translation>
    </message>
    <message>
        <source>Your PIN is in use on too many devices at once. Leave the meeting on one of them.</source>
        <translation>Mã PIN của bạn đang được dùng trên quá nhiều thiết bị cùng lúc. Hãy rời cuộc họp trên một thiết bị.</translation>
    </message>
    <message>
        <source>This tablet sent a name that is too long. Ask the secretary to update the app.</source>
        <translation>Máy tính bảng này gửi một tên quá dài. Hãy đề nghị thư ký cập nhật ứng dụng.</translation>
    </message>
    <message>
        <source>You have stored the most annotations allowed on this document.</source>
        <translation>Bạn đã lưu số ghi chú tối đa cho phép trên tài liệu này.</translation>
    </message>
    <message>
        <source>This is not a meeting link. A link looks like quorums://192.168.1.10:7450/meeting?pin=123456&amp;fp=…</source>
        <translation>Đây không phải là liên kết cuộc họp. Liên kết có dạng quorums://192.168.1.10:7450/meeting?pin=123456&amp;fp=…</translation>
    </message>
    <message>
        <source>The meeting has not been set up on the server yet.</source>
        <translation>Cuộc họp chưa được thiết lập trên máy chủ.</translation>
    </message>
    <message>
        <source>You are not a participant of this meeting.</source>
        <translation>Bạn không phải là thành phần tham dự cuộc họp này.</translation>
    </message>
    <message>
        <source>The room server does not know this action. Ask the secretary to update the app.</source>
        <translation>Máy chủ phòng họp không nhận biết thao tác này. Hãy đề nghị thư ký cập nhật ứng dụng.</translation>
    </message>
    <message>
        <source>Your role in this meeting does not allow this.</source>
        <translation>Vai trò của bạn trong cuộc họp này không cho phép thao tác này.</translation>
    </message>
    <message>
        <source>The server could not accept this action from this tablet. Ask the secretary to update the app.</source>
        <translation>Máy chủ không chấp nhận thao tác này từ máy tính bảng này. Hãy đề nghị thư ký cập nhật ứng dụng.</translation>
    </message>
    <message>
        <source>The meeting file is incomplete. Ask the secretary to check it.</source>
        <translation>Tệp cuộc họp chưa đầy đủ. Hãy đề nghị thư ký kiểm tra lại.</translation>
    </message>
    <message>
        <source>The meeting is already set up.</source>
        <translation>Cuộc họp đã được thiết lập.</translation>
    </message>
    <message>
        <source>This agenda item no longer exists.</source>
        <translation>Mục chương trình này không còn nữa.</translation>
    </message>
    <message>
        <source>The agenda moves one item at a time.</source>
        <translation>Chương trình họp chỉ chuyển từng mục một.</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>Chương trình họp chưa có mục nào.</translation>
    </message>
    <message>
        <source>No agenda item is under way.</source>
        <translation>Chưa có mục chương trình nào đang được tiến hành.</translation>
    </message>
    <message>
        <source>This is already the first item of the agenda.</source>
        <translation>Đây đã là mục đầu tiên của chương trình họp.</translation>
    </message>
    <message>
        <source>This is already the last item of the agenda.</source>
        <translation>Đây đã là mục cuối cùng của chương trình họp.</translation>
    </message>
    <message>
        <source>This person is not a participant of the meeting.</source>
        <translation>Người này không phải là thành phần tham dự cuộc họp.</translation>
    </message>
    <message>
        <source>Choose in the room, online or absent.</source>
        <translation>Hãy chọn có mặt tại phòng họp, trực tuyến hoặc vắng mặt.</translation>
    </message>
    <message>
        <source>The reason for the absence is too long (at most 500 characters).</source>
        <translation>Lý do vắng mặt quá dài (tối đa 500 ký tự).</translation>
    </message>
    <message>
        <source>Only a member with a vote can give a proxy.</source>
        <translation>Chỉ thành viên có quyền biểu quyết mới được ủy quyền.</translation>
    </message>
    <message>
        <source>A proxy goes to another member with a vote.</source>
        <translation>Chỉ được ủy quyền cho một thành viên khác có quyền biểu quyết.</translation>
    </message>
    <message>
        <source>Only the member who gave the proxy, or the chair, can take it back.</source>
        <translation>Chỉ người đã ủy quyền hoặc chủ tọa mới được thu hồi ủy quyền.</translation>
    </message>
    <message>
        <source>Scan a join card or type its PIN.</source>
        <translation>Hãy quét thẻ tham dự hoặc nhập mã PIN in trên thẻ.</translation>
    </message>
    <message>
        <source>Too many wrong PINs were typed for this meeting: cards are not checked for a while. Pick the delegate from the list instead.</source>
        <translation>Đã có quá nhiều mã PIN sai cho cuộc họp này: tạm thời không kiểm tra thẻ. Hãy chọn đại biểu trong danh sách.</translation>
    </message>
    <message>
        <source>You have the floor already.</source>
        <translation>Bạn đang phát biểu.</translation>
    </message>
    <message>
        <source>You are not on the list of speakers.</source>
        <translation>Bạn không có trong danh sách phát biểu.</translation>
    </message>
    <message>
        <source>This person is no longer on the list of speakers.</source>
        <translation>Người này không còn trong danh sách phát biểu.</translation>
    </message>
    <message>
        <source>This person cannot be given the floor.</source>
        <translation>Không thể mời người này phát biểu.</translation>
    </message>
    <message>
        <source>There is no such place in the list of speakers.</source>
        <translation>Danh sách phát biểu không có vị trí này.</translation>
    </message>
    <message>
        <source>A speaking time is at most 24 hours.</source>
        <translation>Thời gian phát biểu tối đa là 24 giờ.</translation>
    </message>
    <message>
        <source>No speech is running.</source>
        <translation>Không có lượt phát biểu nào đang diễn ra.</translation>
    </message>
    <message>
        <source>No speech is paused.</source>
        <translation>Không có lượt phát biểu nào đang tạm dừng.</translation>
    </message>
    <message>
        <source>Only the chair or the speaker can end a speech.</source>
        <translation>Chỉ chủ tọa hoặc người đang phát biểu mới được kết thúc lượt phát biểu.</translation>
    </message>
    <message>
        <source>This vote could not be created. Ask the secretary to update the app.</source>
        <translation>Không tạo được biểu quyết này. Hãy đề nghị thư ký cập nhật ứng dụng.</translation>
    </message>
    <message>
        <source>A vote with this number already exists.</source>
        <translation>Đã có một biểu quyết với số hiệu này.</translation>
    </message>
    <message>
        <source>Choose the agenda item the vote belongs to.</source>
        <translation>Hãy chọn mục chương trình của biểu quyết.</translation>
    </message>
    <message>
        <source>Type the question of the vote (at most 2,000 characters).</source>
        <translation>Hãy nhập nội dung biểu quyết (tối đa 2.000 ký tự).</translation>
    </message>
    <message>
        <source>A secret vote cannot let voters change their vote.</source>
        <translation>Bỏ phiếu kín không cho phép thay đổi phiếu đã bỏ.</translation>
    </message>
    <message>
        <source>An agree/disagree vote has the options Agree, Disagree and Abstain.</source>
        <translation>Biểu quyết tán thành có ba phương án: Đồng ý, Không đồng ý và Không biểu quyết.</translation>
    </message>
    <message>
        <source>Every option needs a name.</source>
        <translation>Mỗi phương án cần có tên.</translation>
    </message>
    <message>
        <source>An option has at most 500 characters.</source>
        <translation>Mỗi phương án tối đa 500 ký tự.</translation>
    </message>
    <message>
        <source>Choose the kind of vote.</source>
        <translation>Hãy chọn hình thức biểu quyết.</translation>
    </message>
    <message>
        <source>The rule for passing is not valid.</source>
        <translation>Quy tắc thông qua không hợp lệ.</translation>
    </message>
    <message>
        <source>This vote no longer exists.</source>
        <translation>Biểu quyết này không còn nữa.</translation>
    </message>
    <message>
        <source>This vote has ended. Create a new one to vote again.</source>
        <translation>Biểu quyết này đã kết thúc. Hãy tạo biểu quyết mới để biểu quyết lại.</translation>
    </message>
    <message>
        <source>Only members with a vote can vote.</source>
        <translation>Chỉ thành viên có quyền biểu quyết mới được biểu quyết.</translation>
    </message>
    <message>
        <source>Choose an option: this vote allows no blank ballot.</source>
        <translation>Hãy chọn một phương án: biểu quyết này không cho phép phiếu trắng.</translation>
    </message>
    <message>
        <source>You chose more options than this vote allows.</source>
        <translation>Bạn đã chọn nhiều phương án hơn số được phép.</translation>
    </message>
    <message>
        <source>This option is not on the ballot.</source>
        <translation>Phương án này không có trong phiếu biểu quyết.</translation>
    </message>
    <message>
        <source>An option was chosen twice.</source>
        <translation>Một phương án đã được chọn hai lần.</translation>
    </message>
    <message>
        <source>A member is listed twice in this vote.</source>
        <translation>Một thành viên có tên hai lần trong phiếu này.</translation>
    </message>
    <message>
        <source>This vote is not open.</source>
        <translation>Biểu quyết này chưa mở.</translation>
    </message>
    <message>
        <source>This vote is already closed or cancelled.</source>
        <translation>Biểu quyết này đã kết thúc hoặc đã bị hủy.</translation>
    </message>
    <message>
        <source>This document could not be added. Ask the secretary to update the app.</source>
        <translation>Không thêm được tài liệu này. Hãy đề nghị thư ký cập nhật ứng dụng.</translation>
    </message>
    <message>
        <source>The title or the file name is too long.</source>
        <translation>Tiêu đề hoặc tên tệp quá dài.</translation>
    </message>
    <message>
        <source>The server does not have this file. Upload it again.</source>
        <translation>Máy chủ không có tệp này. Hãy tải lên lại.</translation>
    </message>
    <message>
        <source>This document is no longer in the meeting.</source>
        <translation>Tài liệu này không còn trong cuộc họp.</translation>
    </message>
    <message>
        <source>The server could not read this document.</source>
        <translation>Máy chủ không đọc được tài liệu này.</translation>
    </message>
    <message>
        <source>An observer cannot present.</source>
        <translation>Quan sát viên không thể trình bày.</translation>
    </message>
    <message>
        <source>Only the presenter can show pages to everyone.</source>
        <translation>Chỉ người trình bày mới được trình chiếu trang cho mọi người.</translation>
    </message>
    <message>
        <source>This page is not in the document.</source>
        <translation>Tài liệu không có trang này.</translation>
    </message>
    <message>
        <source>The part of the page to show is not within the page.</source>
        <translation>Vùng cần trình chiếu nằm ngoài trang.</translation>
    </message>
    <message>
        <source>The download could not resume. Try again.</source>
        <translation>Không tiếp tục tải xuống được. Hãy thử lại.</translation>
    </message>
    <message>
        <source>This file holds another participant&apos;s private notes.</source>
        <translation>Tệp này chứa ghi chú riêng của một người khác.</translation>
    </message>
    <message>
        <source>Too many downloads at once. Wait a moment.</source>
        <translation>Quá nhiều lượt tải xuống cùng lúc. Vui lòng chờ một lát.</translation>
    </message>
    <message>
        <source>The server cannot read this document&apos;s file. Ask the secretary.</source>
        <translation>Máy chủ không đọc được tệp của tài liệu này. Hãy báo thư ký.</translation>
    </message>
    <message>
        <source>Open a document to follow the presenter.</source>
        <translation>Hãy mở một tài liệu để theo người trình bày.</translation>
    </message>
    <message>
        <source>Other exports are running. Try again in a moment.</source>
        <translation>Đang có các lượt xuất khác. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The server could not write the notes into the PDF.</source>
        <translation>Máy chủ không ghi được các ghi chú vào tệp PDF.</translation>
    </message>
    <message>
        <source>This annotation could not be saved. Ask the secretary to update the app.</source>
        <translation>Không lưu được ghi chú này. Hãy đề nghị thư ký cập nhật ứng dụng.</translation>
    </message>
    <message>
        <source>This annotation clashes with another one. Draw it again.</source>
        <translation>Ghi chú này trùng với một ghi chú khác. Hãy vẽ lại.</translation>
    </message>
    <message>
        <source>This annotation is already gone.</source>
        <translation>Ghi chú này đã bị xoá.</translation>
    </message>
    <message>
        <source>Only ink, highlights and notes can be erased.</source>
        <translation>Chỉ xoá được nét vẽ, đánh dấu và ghi chú.</translation>
    </message>
    <message>
        <source>Only its author (or the chair, on shared notes) can erase this.</source>
        <translation>Chỉ người tạo (hoặc chủ tọa, với ghi chú chung) mới được xoá ghi chú này.</translation>
    </message>
    <message>
        <source>Only the presenter can draw on the presentation.</source>
        <translation>Chỉ người trình bày mới được vẽ lên phần trình chiếu.</translation>
    </message>
    <message>
        <source>Choose where the annotation goes: private, shared or presentation.</source>
        <translation>Hãy chọn lớp ghi chú: riêng tư, chung hoặc trình chiếu.</translation>
    </message>
    <message>
        <source>This drawing is off the page or too large.</source>
        <translation>Nét vẽ này nằm ngoài trang hoặc quá lớn.</translation>
    </message>
    <message>
        <source>A note needs some text, at most 4,000 characters.</source>
        <translation>Ghi chú cần có nội dung, tối đa 4.000 ký tự.</translation>
    </message>
    <message>
        <source>This annotation is empty.</source>
        <translation>Ghi chú này trống.</translation>
    </message>
    <message>
        <source>You have made the most annotations allowed on this document. Erase some to add more.</source>
        <translation>Bạn đã tạo số ghi chú tối đa cho phép trên tài liệu này. Hãy xoá bớt để thêm mới.</translation>
    </message>
    <message>
        <source>Your annotations on this document take the most space allowed. Erase some to add more.</source>
        <translation>Ghi chú của bạn trên tài liệu này đã chiếm hết dung lượng cho phép. Hãy xoá bớt để thêm mới.</translation>
    </message>
    <message>
        <source>Observers do not draw.</source>
        <translation>Quan sát viên không được vẽ ghi chú.</translation>
    </message>
    <message>
        <source>The minutes are approved. Reopen them before changing them.</source>
        <translation>Biên bản đã được duyệt. Hãy mở lại biên bản trước khi sửa.</translation>
    </message>
    <message>
        <source>The text is too long for the minutes.</source>
        <translation>Nội dung quá dài đối với biên bản.</translation>
    </message>
    <message>
        <source>The number and the place belong to the minutes as a whole.</source>
        <translation>Số biên bản và địa danh thuộc về toàn bộ biên bản.</translation>
    </message>
    <message>
        <source>The number or the place is too long (at most 200 characters).</source>
        <translation>Số biên bản hoặc địa danh quá dài (tối đa 200 ký tự).</translation>
    </message>
    <message>
        <source>The minutes are not approved: there is nothing to reopen.</source>
        <translation>Biên bản chưa được duyệt nên không có gì để mở lại.</translation>
    </message>
    <message>
        <source>Give a reason for reopening the minutes.</source>
        <translation>Hãy nêu lý do mở lại biên bản.</translation>
    </message>
    <message>
        <source>The reason is too long (at most 1,000 characters).</source>
        <translation>Lý do quá dài (tối đa 1.000 ký tự).</translation>
    </message>
    <message>
        <source>The minutes are being exported already. Wait for it to finish.</source>
        <translation>Biên bản đang được xuất. Hãy chờ đến khi xong.</translation>
    </message>
    <message>
        <source>This room server cannot export minutes.</source>
        <translation>Máy chủ phòng họp này không xuất được biên bản.</translation>
    </message>
    <message>
        <source>The server could not make the minutes PDF and the archive. Try again, or ask for support.</source>
        <translation>Máy chủ không tạo được tệp PDF biên bản và bộ lưu trữ. Hãy thử lại hoặc đề nghị hỗ trợ kỹ thuật.</translation>
    </message>
    <message>
        <source>This device is no longer in the list.</source>
        <translation>Thiết bị này không còn trong danh sách.</translation>
    </message>
    <message>
        <source>The server could not register this device. Try again.</source>
        <translation>Máy chủ không đăng ký được thiết bị này. Hãy thử lại.</translation>
    </message>
    <message>
        <source>The meeting is not at the step where this can be done.</source>
        <translation>Cuộc họp chưa ở bước có thể làm việc này.</translation>
    </message>
    <message>
        <source>The meeting has been convened: give a reason for this change.</source>
        <translation>Cuộc họp đã được triệu tập: hãy ghi lý do của thay đổi này.</translation>
    </message>
    <message>
        <source>The meeting is over: it can no longer be changed.</source>
        <translation>Cuộc họp đã kết thúc: không thể thay đổi nữa.</translation>
    </message>
    <message>
        <source>A participant needs an id, a name and a role.</source>
        <translation>Mỗi người dự họp cần có mã, họ tên và vai trò.</translation>
    </message>
    <message>
        <source>A participant with this id is already in the list.</source>
        <translation>Đã có người dự họp mang mã này trong danh sách.</translation>
    </message>
    <message>
        <source>This person is not in the list of participants.</source>
        <translation>Người này không có trong danh sách dự họp.</translation>
    </message>
    <message>
        <source>This participant already takes part in the meeting: their role and vote stay.</source>
        <translation>Người này đang tham gia cuộc họp: vai trò và quyền biểu quyết được giữ nguyên.</translation>
    </message>
    <message>
        <source>An agenda item needs an id and a title, and lasts at most a day.</source>
        <translation>Mục chương trình cần có mã và tên, và không dài quá một ngày.</translation>
    </message>
    <message>
        <source>An agenda item with this id already exists.</source>
        <translation>Đã có mục chương trình mang mã này.</translation>
    </message>
    <message>
        <source>This agenda item is current or holds documents, votes or speeches.</source>
        <translation>Mục chương trình này đang diễn ra hoặc đã có tài liệu, biểu quyết hay phát biểu.</translation>
    </message>
    <message>
        <source>There is no such place in the agenda.</source>
        <translation>Chương trình không có vị trí này.</translation>
    </message>
    <message>
        <source>Check the meeting&apos;s title, quorum and voting rule.</source>
        <translation>Hãy kiểm tra tên cuộc họp, điều kiện đủ số lượng và quy tắc biểu quyết.</translation>
    </message>
    <message>
        <source>A text is too long.</source>
        <translation>Nội dung quá dài.</translation>
    </message>
    <message>
        <source>Some rows of the list were refused; nothing was imported.</source>
        <translation>Một số dòng của danh sách bị từ chối; chưa nhập người nào.</translation>
    </message>
    <message>
        <source>A meeting cannot hold that many participants or agenda items, and one import carries at most about 4 MB: import the list in parts.</source>
        <translation>Cuộc họp không thể có nhiều người dự hoặc nhiều mục chương trình đến vậy, và mỗi lần nhập danh sách chỉ mang tối đa khoảng 4 MB: hãy nhập danh sách thành nhiều phần.</translation>
    </message>
    <message>
        <source>The meeting needs a title and a chair.</source>
        <translation>Cuộc họp cần có tên và người chủ trì.</translation>
    </message>
    <message>
        <source>Type the meeting&apos;s id to confirm the removal.</source>
        <translation>Hãy gõ mã cuộc họp để xác nhận việc xóa.</translation>
    </message>
    <message>
        <source>Only the organiser of this server can do this.</source>
        <translation>Chỉ người tổ chức của máy chủ này mới làm được việc này.</translation>
    </message>
    <message>
        <source>The archive could not be made. Try again.</source>
        <translation>Không tạo được bộ lưu trữ. Hãy thử lại.</translation>
    </message>
    <message>
        <source>The votes given to the candidates do not match the names kept.</source>
        <translation>Số phiếu dồn cho các ứng cử viên không khớp với các tên được giữ lại.</translation>
    </message>
    <message>
        <source>This vote has no tie waiting for a decision.</source>
        <translation>Cuộc biểu quyết này không có trường hợp ngang phiếu cần quyết định.</translation>
    </message>
    <message>
        <source>The rule of this vote breaks a tie another way.</source>
        <translation>Nguyên tắc của cuộc biểu quyết này xử lý ngang phiếu theo cách khác.</translation>
    </message>
    <message>
        <source>Choose among those tied, as many as the seats left.</source>
        <translation>Chọn trong số những người ngang phiếu, đúng bằng số lượng còn thiếu.</translation>
    </message>
    <message>
        <source>Only the chair gives the casting vote.</source>
        <translation>Chỉ chủ tọa quyết định khi ngang phiếu.</translation>
    </message>
    <message>
        <source>The turnout of this rule is not a proper fraction.</source>
        <translation>Tỷ lệ cử tri tham gia của nguyên tắc này không hợp lệ.</translation>
    </message>
    <message>
        <source>A form or field needs an id of 1 to 64 characters.</source>
        <translation>Biểu mẫu hoặc trường cần một mã từ 1 đến 64 ký tự.</translation>
    </message>
    <message>
        <source>A form with this id exists already.</source>
        <translation>Đã có biểu mẫu với mã này.</translation>
    </message>
    <message>
        <source>The meeting has the most forms allowed.</source>
        <translation>Cuộc họp đã có số biểu mẫu tối đa.</translation>
    </message>
    <message>
        <source>The form needs a title (at most 500 characters).</source>
        <translation>Biểu mẫu cần có tiêu đề (tối đa 500 ký tự).</translation>
    </message>
    <message>
        <source>A field of the form is incomplete: it needs a kind, a label and, for a choice, its choices.</source>
        <translation>Một trường của biểu mẫu chưa đầy đủ: cần có loại, nhãn và, với trường lựa chọn, các phương án.</translation>
    </message>
    <message>
        <source>The form needs 1 to 50 fields, each with at most 50 choices.</source>
        <translation>Biểu mẫu cần từ 1 đến 50 trường, mỗi trường tối đa 50 phương án.</translation>
    </message>
    <message>
        <source>This agenda item does not exist.</source>
        <translation>Nội dung chương trình này không tồn tại.</translation>
    </message>
    <message>
        <source>This document is not in the meeting.</source>
        <translation>Tài liệu này không có trong cuộc họp.</translation>
    </message>
    <message>
        <source>This workflow does not exist or is not valid.</source>
        <translation>Quy trình này không tồn tại hoặc không hợp lệ.</translation>
    </message>
    <message>
        <source>An anonymous form cannot follow a workflow.</source>
        <translation>Biểu mẫu ẩn danh không thể áp dụng quy trình.</translation>
    </message>
    <message>
        <source>This form does not exist.</source>
        <translation>Biểu mẫu này không tồn tại.</translation>
    </message>
    <message>
        <source>This form has been opened already. Make a new one.</source>
        <translation>Biểu mẫu này đã được mở trước đó. Hãy tạo biểu mẫu mới.</translation>
    </message>
    <message>
        <source>This form is not open for answers.</source>
        <translation>Biểu mẫu này không nhận phiếu trả lời.</translation>
    </message>
    <message>
        <source>You have answered this form already. Correct your answer instead.</source>
        <translation>Bạn đã gửi phiếu cho biểu mẫu này. Hãy sửa phiếu đã gửi.</translation>
    </message>
    <message>
        <source>The answer has a field that the form does not have.</source>
        <translation>Phiếu trả lời có một trường không có trong biểu mẫu.</translation>
    </message>
    <message>
        <source>An answer does not fit its field (text, number, choice…).</source>
        <translation>Một câu trả lời không đúng loại của trường (văn bản, số, lựa chọn…).</translation>
    </message>
    <message>
        <source>Fill in every required field.</source>
        <translation>Hãy điền mọi trường bắt buộc.</translation>
    </message>
    <message>
        <source>This choice is not one of the form&apos;s.</source>
        <translation>Lựa chọn này không có trong biểu mẫu.</translation>
    </message>
    <message>
        <source>Too many choices are marked.</source>
        <translation>Đã đánh dấu quá nhiều lựa chọn.</translation>
    </message>
    <message>
        <source>A number, rating or date is outside what the form allows.</source>
        <translation>Một số, điểm đánh giá hoặc ngày nằm ngoài giới hạn của biểu mẫu.</translation>
    </message>
    <message>
        <source>The answer is too long.</source>
        <translation>Câu trả lời quá dài.</translation>
    </message>
    <message>
        <source>The selected passage is not in the document&apos;s page.</source>
        <translation>Đoạn văn đã chọn không có trong trang tài liệu.</translation>
    </message>
    <message>
        <source>The tablet could not seal the anonymous answer. Update the app.</source>
        <translation>Máy tính bảng không niêm phong được phiếu ẩn danh. Hãy cập nhật ứng dụng.</translation>
    </message>
    <message>
        <source>This answer is not yours to correct.</source>
        <translation>Bạn không thể sửa phiếu này.</translation>
    </message>
    <message>
        <source>This has been dealt with already and can no longer be corrected.</source>
        <translation>Nội dung này đã được xử lý, không thể sửa nữa.</translation>
    </message>
    <message>
        <source>You have sent the most answers allowed on this form.</source>
        <translation>Bạn đã gửi số phiếu tối đa cho biểu mẫu này.</translation>
    </message>
    <message>
        <source>This motion, amendment or question does not exist.</source>
        <translation>Kiến nghị, đề xuất sửa đổi hoặc câu hỏi này không tồn tại.</translation>
    </message>
    <message>
        <source>This step cannot be taken from where it is now.</source>
        <translation>Không thể chuyển sang bước này từ trạng thái hiện tại.</translation>
    </message>
    <message>
        <source>You may not take this step.</source>
        <translation>Bạn không được thực hiện bước này.</translation>
    </message>
    <message>
        <source>Choose the ballot that decides it.</source>
        <translation>Hãy chọn cuộc biểu quyết quyết định nội dung này.</translation>
    </message>
    <message>
        <source>This ballot does not exist.</source>
        <translation>Cuộc biểu quyết này không tồn tại.</translation>
    </message>
    <message>
        <source>This ballot decides something else already.</source>
        <translation>Cuộc biểu quyết này đã dùng cho nội dung khác.</translation>
    </message>
    <message>
        <source>The ballot has no result yet.</source>
        <translation>Cuộc biểu quyết chưa có kết quả.</translation>
    </message>
    <message>
        <source>The ballot&apos;s result does not allow this step.</source>
        <translation>Kết quả biểu quyết không cho phép bước này.</translation>
    </message>
    <message>
        <source>Choose the participant it is assigned to.</source>
        <translation>Hãy chọn người được giao trả lời.</translation>
    </message>
    <message>
        <source>The workflow is not valid.</source>
        <translation>Quy trình không hợp lệ.</translation>
    </message>
    <message>
        <source>The note is too long (at most 2,000 characters).</source>
        <translation>Ghi chú quá dài (tối đa 2.000 ký tự).</translation>
    </message>
    <message>
        <source>An export is being made. Try again in a moment.</source>
        <translation>Đang xuất một biểu mẫu. Vui lòng thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The server could not write the files. Try again; if it fails again, tell the technician.</source>
        <translation>Máy chủ không tạo được tệp. Hãy thử lại; nếu vẫn lỗi, báo cán bộ kỹ thuật.</translation>
    </message>
    <message>
        <source>This form was never opened: there are no results to export.</source>
        <translation>Biểu mẫu này chưa từng được mở: không có kết quả để xuất.</translation>
    </message>
    <message>
        <source>In the room</source>
        <comment>presence in a list row, short</comment>
        <translation>Tại phòng</translation>
    </message>
    <message>
        <source>Online</source>
        <comment>presence in a list row, short</comment>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>The copy could not be saved: the minutes PDF is not on this tablet yet.</source>
        <translation>Không lưu được bản sao: tệp PDF biên bản chưa có trên máy tính bảng này.</translation>
    </message>
    <message>
        <source>The copy could not be saved: choose a place on this tablet.</source>
        <translation>Không lưu được bản sao: hãy chọn một chỗ lưu trên máy tính bảng này.</translation>
    </message>
    <message>
        <source>The copy could not be saved: this tablet could not write the file there (full, or not allowed). Choose another place.</source>
        <translation>Không lưu được bản sao: máy tính bảng không ghi được tệp vào chỗ đó (hết dung lượng hoặc không được phép). Hãy chọn chỗ khác.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Convened</source>
        <translation>Đã triệu tập</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Đang họp</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã bế mạc</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Đã lưu trữ</translation>
    </message>
    <message>
        <source>Running (meeting file)</source>
        <translation>Đang họp (tệp cuộc họp)</translation>
    </message>
    <message>
        <source>This is not the desk link of a server. It looks like quorums://192.168.1.10:7450/?desk&amp;fp=…</source>
        <translation>Đây không phải đường dẫn bàn tổ chức của máy chủ. Đường dẫn có dạng quorums://192.168.1.10:7450/?desk&amp;fp=…</translation>
    </message>
    <message>
        <source>Type the organiser&apos;s secret, printed at the server&apos;s first start.</source>
        <translation>Hãy nhập mã bí mật của người tổ chức, được in ra khi máy chủ chạy lần đầu.</translation>
    </message>
    <message>
        <source>Wrong organiser&apos;s secret. Check the secret the server printed at its first start.</source>
        <translation>Sai mã bí mật của người tổ chức. Hãy kiểm tra mã máy chủ đã in ra khi chạy lần đầu.</translation>
    </message>
    <message>
        <source>Too many wrong secrets were typed. Wait a minute, then try again.</source>
        <translation>Đã nhập sai mã bí mật quá nhiều lần. Hãy đợi một phút rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>TiePanel</name>
    <message>
        <source>Your casting vote: choose who takes the %1 seat(s) left</source>
        <translation>Lá phiếu quyết định của chủ tọa: chọn người nhận %1 vị trí còn lại</translation>
    </message>
    <message>
        <source>Waiting for the chair&apos;s casting vote</source>
        <translation>Đang chờ lá phiếu quyết định của chủ tọa</translation>
    </message>
    <message>
        <source>Record the lots drawn: who takes the %1 seat(s) left</source>
        <translation>Ghi kết quả bốc thăm: người nhận %1 vị trí còn lại</translation>
    </message>
    <message>
        <source>Waiting for the secretary to record the lots drawn</source>
        <translation>Đang chờ thư ký ghi kết quả bốc thăm</translation>
    </message>
    <message>
        <source>Record the older candidate(s), from the papers: %1 seat(s) left</source>
        <translation>Ghi người nhiều tuổi hơn theo hồ sơ: %1 vị trí còn lại</translation>
    </message>
    <message>
        <source>Waiting for the secretary to record the older candidate</source>
        <translation>Đang chờ thư ký ghi người nhiều tuổi hơn</translation>
    </message>
    <message>
        <source>How the lots were drawn (for the minutes)</source>
        <translation>Cách bốc thăm (ghi vào biên bản)</translation>
    </message>
    <message>
        <source>A note for the minutes</source>
        <translation>Ghi chú vào biên bản</translation>
    </message>
    <message>
        <source>Give the casting vote</source>
        <translation>Bỏ lá phiếu quyết định</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translation>Ghi quyết định</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <source>Result of the vote</source>
        <translation>Kết quả biểu quyết</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <source>Secret ballot</source>
        <translation>Bỏ phiếu kín</translation>
    </message>
    <message>
        <source>Named vote</source>
        <translation>Biểu quyết công khai</translation>
    </message>
    <message>
        <source>Your vote counts for: %1</source>
        <translation>Phiếu của bạn được tính cho: %1</translation>
    </message>
    <message>
        <source>You chose: %1. Confirm your vote?</source>
        <translation>Bạn chọn: %1. Xác nhận biểu quyết?</translation>
    </message>
    <message>
        <source>Choose again</source>
        <translation>Chọn lại</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Sending your vote…</source>
        <translation>Đang gửi phiếu…</translation>
    </message>
    <message>
        <source>Your vote has been recorded: %1</source>
        <translation>Phiếu của bạn đã được ghi nhận: %1</translation>
    </message>
    <message>
        <source>Your vote has been recorded</source>
        <translation>Phiếu của bạn đã được ghi nhận</translation>
    </message>
    <message>
        <source>You gave your vote to %1.</source>
        <translation>Bạn đã ủy quyền biểu quyết cho %1.</translation>
    </message>
    <message>
        <source>You do not vote in this ballot.</source>
        <translation>Bạn không tham gia biểu quyết này.</translation>
    </message>
    <message>
        <source>%1 of %2 have voted</source>
        <translation>%1/%2 đại biểu đã biểu quyết</translation>
    </message>
    <message>
        <source>Choose up to %1 (%2 chosen)</source>
        <translation>Chọn tối đa %1 (đã chọn %2)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>You agreed to %1 of %2 names. Confirm your vote?</source>
        <translation>Bạn đồng ý %1 trong %2 người. Xác nhận phiếu bầu?</translation>
    </message>
    <message>
        <source>You kept %1 names for %2 seats. Confirm your vote?</source>
        <translation>Bạn giữ lại %1 tên, số cần bầu là %2. Xác nhận phiếu bầu?</translation>
    </message>
    <message>
        <source>This paper strikes out every name: it is invalid, counted apart, and elects nobody. Cast it anyway?</source>
        <translation>Phiếu này gạch hết tên: phiếu không hợp lệ, được đếm riêng và không bầu cho ai. Vẫn bỏ phiếu?</translation>
    </message>
    <message>
        <source>This paper keeps %1 names for %2 seats: it is invalid, counted apart, and elects nobody. Cast it anyway?</source>
        <translation>Phiếu này giữ lại %1 tên trong khi chỉ bầu %2: phiếu không hợp lệ, được đếm riêng và không bầu cho ai. Vẫn bỏ phiếu?</translation>
    </message>
    <message>
        <source>Cast the invalid paper</source>
        <translation>Bỏ phiếu không hợp lệ</translation>
    </message>
    <message>
        <source>Your vote has been recorded: %1 names kept</source>
        <translation>Phiếu của bạn đã được ghi nhận: giữ lại %1 tên</translation>
    </message>
    <message>
        <source>You give no votes: a blank paper. Confirm your vote?</source>
        <translation>Bạn không dồn phiếu cho ai: phiếu trắng. Xác nhận phiếu bầu?</translation>
    </message>
    <message>
        <source>You give %1 of your %2 votes: %3. Confirm your vote?</source>
        <translation>Bạn dồn %1 trong %2 phiếu bầu: %3. Xác nhận phiếu bầu?</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This paper gives %1 votes, more than the %2 you hold: it is invalid, counted apart, and elects nobody. Cast it anyway?</source>
        <translation>Phiếu này dồn %1 phiếu bầu, nhiều hơn %2 phiếu bạn có: phiếu không hợp lệ, được đếm riêng và không bầu cho ai. Vẫn bỏ phiếu?</translation>
    </message>
</context>
<context>
    <name>quorum::ArticleWords</name>
    <message>
        <source>Charter of the Hồ Chí Minh Communist Youth Union, Article 9(1)</source>
        <translation>Điều lệ Đoàn TNCS Hồ Chí Minh, Điều 9 khoản 1</translation>
    </message>
    <message>
        <source>a congress or conference is valid with at least two thirds of the delegates convened and at least two thirds of the units</source>
        <translation>đại hội, hội nghị hợp lệ khi có ít nhất hai phần ba tổng số đại biểu được triệu tập và ít nhất hai phần ba số đơn vị tham dự</translation>
    </message>
    <message>
        <source>Charter of the Hồ Chí Minh Communist Youth Union</source>
        <translation>Điều lệ Đoàn TNCS Hồ Chí Minh</translation>
    </message>
    <message>
        <source>more than half of the delegates present</source>
        <translation>quá nửa số đại biểu có mặt</translation>
    </message>
    <message>
        <source>elected with more than half of the valid ballots</source>
        <translation>trúng cử khi được quá nửa tổng số phiếu bầu hợp lệ</translation>
    </message>
    <message>
        <source>a setting: the charter&apos;s article on decisions and elections was not read</source>
        <translation>cài đặt: chưa đọc được điều khoản của Điều lệ về biểu quyết và bầu cử</translation>
    </message>
    <message>
        <source>Charter of the Communist Party of Vietnam</source>
        <translation>Điều lệ Đảng Cộng sản Việt Nam</translation>
    </message>
    <message>
        <source>more than half of the members convened</source>
        <translation>quá nửa tổng số đảng viên (đại biểu) được triệu tập</translation>
    </message>
    <message>
        <source>a setting: no text giving the quorum of a Party congress was found</source>
        <translation>cài đặt: chưa tìm thấy văn bản quy định số có mặt tối thiểu của đại hội, hội nghị đảng</translation>
    </message>
    <message>
        <source>Party Charter, Article 9(5); Regulation 24-QĐ/TW, 9.3</source>
        <translation>Điều lệ Đảng, Điều 9 khoản 5; Quy định 24-QĐ/TW, 9.3</translation>
    </message>
    <message>
        <source>decisions pass with more than half of the members convened, those the regulation leaves out not counted</source>
        <translation>quyết định khi có hơn một nửa số đảng viên được triệu tập tán thành, không tính những trường hợp quy định loại trừ</translation>
    </message>
    <message>
        <source>Party election rules, Decision 244-QĐ/TW, Articles 17 and 32</source>
        <translation>Quy chế bầu cử trong Đảng, Quyết định 244-QĐ/TW, Điều 17 và Điều 32</translation>
    </message>
    <message>
        <source>elected with more than half of the delegates convened; a paper keeping more names than seats is invalid</source>
        <translation>trúng cử khi được quá một nửa số đại biểu được triệu tập bầu; phiếu để lại nhiều tên hơn số lượng cần bầu là phiếu không hợp lệ</translation>
    </message>
    <message>
        <source>Decision 190-QĐ/TW replaced Decision 244; its article on results was not read</source>
        <translation>Quyết định 190-QĐ/TW đã thay thế Quyết định 244; chưa đọc được điều khoản về kết quả bầu cử</translation>
    </message>
    <message>
        <source>Law on the Organisation of Local Government</source>
        <translation>Luật Tổ chức chính quyền địa phương</translation>
    </message>
    <message>
        <source>at least two thirds of all delegates</source>
        <translation>ít nhất hai phần ba tổng số đại biểu</translation>
    </message>
    <message>
        <source>a setting: the article on a session&apos;s quorum was not found</source>
        <translation>cài đặt: chưa tìm thấy điều khoản về số đại biểu tham dự kỳ họp</translation>
    </message>
    <message>
        <source>Law on the Organisation of Local Government 2015, Article 91(3)</source>
        <translation>Luật Tổ chức chính quyền địa phương 2015, Điều 91 khoản 3</translation>
    </message>
    <message>
        <source>resolutions pass with more than half of all delegates; removing a delegate needs at least two thirds of all delegates</source>
        <translation>nghị quyết được thông qua khi quá nửa tổng số đại biểu tán thành; bãi nhiệm đại biểu cần ít nhất hai phần ba tổng số đại biểu tán thành</translation>
    </message>
    <message>
        <source>Law 72/2025/QH15 replaced it; its articles were not read</source>
        <translation>Luật 72/2025/QH15 đã thay thế; chưa đọc được các điều khoản của luật này</translation>
    </message>
    <message>
        <source>more than half of all delegates</source>
        <translation>quá nửa tổng số đại biểu</translation>
    </message>
    <message>
        <source>a setting: the article on elections by the council was not read</source>
        <translation>cài đặt: chưa đọc được điều khoản về bầu cử tại Hội đồng nhân dân</translation>
    </message>
    <message>
        <source>Decree 126/2024/NĐ-CP, Article 19(2)(b)</source>
        <translation>Nghị định 126/2024/NĐ-CP, Điều 19 khoản 2 điểm b</translation>
    </message>
    <message>
        <source>a congress of delegates is held with more than half of the official delegates</source>
        <translation>đại hội đại biểu được tổ chức khi có trên một nửa số đại biểu chính thức tham dự</translation>
    </message>
    <message>
        <source>Decree 126/2024/NĐ-CP, Article 19(6)</source>
        <translation>Nghị định 126/2024/NĐ-CP, Điều 19 khoản 6</translation>
    </message>
    <message>
        <source>decisions pass with more than half of the official delegates convened, or as the approved charter says</source>
        <translation>nghị quyết được thông qua khi quá nửa tổng số đại biểu chính thức được triệu tập tán thành, hoặc theo điều lệ hội đã được phê duyệt</translation>
    </message>
    <message>
        <source>The association&apos;s charter and election rules</source>
        <translation>Điều lệ hội và quy chế bầu cử</translation>
    </message>
    <message>
        <source>a setting: the charter and the election rules decide</source>
        <translation>cài đặt: theo điều lệ và quy chế bầu cử của hội</translation>
    </message>
    <message>
        <source>Law on Enterprises 2020, Article 145(1), (2), (3)</source>
        <translation>Luật Doanh nghiệp 2020, Điều 145 khoản 1, 2, 3</translation>
    </message>
    <message>
        <source>more than 50% of the voting shares at the first convening; at least 33% at the second; no minimum at the third</source>
        <translation>lần thứ nhất: trên 50% tổng số phiếu biểu quyết; lần thứ hai: từ 33% trở lên; lần thứ ba: không phụ thuộc tổng số phiếu biểu quyết của các cổ đông dự họp</translation>
    </message>
    <message>
        <source>Law on Enterprises 2020, Article 148(1), (2)</source>
        <translation>Luật Doanh nghiệp 2020, Điều 148 khoản 1, 2</translation>
    </message>
    <message>
        <source>more than 50% of the votes of all shareholders attending (at least 65% for the special matters)</source>
        <translation>trên 50% tổng số phiếu biểu quyết của tất cả cổ đông dự họp (từ 65% trở lên đối với các vấn đề đặc biệt)</translation>
    </message>
    <message>
        <source>a setting: whether an abstention is a vote cast, and other percentages, are the charter&apos;s</source>
        <translation>cài đặt: phiếu không có ý kiến có tính là phiếu biểu quyết hay không, và tỷ lệ khác, do điều lệ công ty quy định</translation>
    </message>
    <message>
        <source>Law on Enterprises 2020, Article 148(3)</source>
        <translation>Luật Doanh nghiệp 2020, Điều 148 khoản 3</translation>
    </message>
    <message>
        <source>cumulative voting: each shareholder&apos;s shares times the seats, given to one candidate or several; elected by the most votes until the seats are filled</source>
        <translation>bầu dồn phiếu: mỗi cổ đông có số phiếu bằng số cổ phần nhân với số thành viên được bầu, dồn cho một hoặc một số ứng cử viên; trúng cử theo số phiếu từ cao xuống thấp cho đến khi đủ số thành viên</translation>
    </message>
    <message>
        <source>Law on Elections of Deputies 2015, Article 78</source>
        <translation>Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 2015, Điều 78</translation>
    </message>
    <message>
        <source>Law on Elections of Deputies 2015</source>
        <translation>Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 2015</translation>
    </message>
    <message>
        <source>no quorum of those present: the election counts only when more than half of the voters on the list voted</source>
        <translation>không có điều kiện số người có mặt: cuộc bầu cử chỉ có giá trị khi có quá nửa tổng số cử tri trong danh sách đi bầu</translation>
    </message>
    <message>
        <source>elected with more than half of the valid ballots, the most votes first; a tie for the last seat: the older candidate; a paper keeping more names than seats, or none, is invalid</source>
        <translation>trúng cử khi được quá nửa tổng số phiếu bầu hợp lệ, theo thứ tự nhiều phiếu hơn; số phiếu ngang nhau ở vị trí cuối: người nhiều tuổi hơn trúng cử; phiếu để lại nhiều tên hơn số đại biểu được bầu, hoặc gạch hết tên, là phiếu không hợp lệ</translation>
    </message>
    <message>
        <source>read in the National Election Council&apos;s answer, not in the article itself</source>
        <translation>đọc qua giải đáp của Hội đồng bầu cử quốc gia, chưa đọc nguyên văn điều luật</translation>
    </message>
    <message>
        <source>removing a delegate needs at least two thirds of all delegates</source>
        <translation>bãi nhiệm đại biểu cần ít nhất hai phần ba tổng số đại biểu tán thành</translation>
    </message>
    <message>
        <source>Law on Enterprises 2020, Article 148(2)</source>
        <translation>Luật Doanh nghiệp 2020, Điều 148 khoản 2</translation>
    </message>
    <message>
        <source>more than 50% of the votes of all shareholders attending</source>
        <translation>trên 50% tổng số phiếu biểu quyết của tất cả cổ đông dự họp</translation>
    </message>
    <message>
        <source>a setting: whether an abstention is a vote cast is the charter&apos;s</source>
        <translation>cài đặt: phiếu không có ý kiến có tính là phiếu biểu quyết hay không do điều lệ công ty quy định</translation>
    </message>
    <message>
        <source>Law on Enterprises 2020, Article 148(1)</source>
        <translation>Luật Doanh nghiệp 2020, Điều 148 khoản 1</translation>
    </message>
    <message>
        <source>at least 65% of the votes of all shareholders attending, for the special matters</source>
        <translation>từ 65% trở lên tổng số phiếu biểu quyết của tất cả cổ đông dự họp, đối với các vấn đề đặc biệt</translation>
    </message>
    <message>
        <source>The body&apos;s charter or election rules</source>
        <translation>Điều lệ hoặc quy chế bầu cử của tổ chức</translation>
    </message>
    <message>
        <source>a setting: the articles of the youth union&apos;s and associations&apos; elections were not read</source>
        <translation>cài đặt: chưa đọc được điều khoản về bầu cử của Đoàn và của hội</translation>
    </message>
    <message>
        <source>No article: a rule of the meeting&apos;s own</source>
        <translation>Không có điều khoản: quy tắc riêng của cuộc họp</translation>
    </message>
    <message>
        <source>From: %1 — %2</source>
        <translation>Căn cứ: %1 — %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Changed from its preset. %1</source>
        <translation>Đã đổi so với mẫu. %1</translation>
    </message>
</context>
<context>
    <name>quorum::RuleWords</name>
    <message>
        <source>more than half</source>
        <translation>quá nửa</translation>
    </message>
    <message>
        <source>at least half</source>
        <translation>ít nhất một nửa</translation>
    </message>
    <message>
        <source>more than two thirds</source>
        <translation>trên hai phần ba</translation>
    </message>
    <message>
        <source>at least two thirds</source>
        <translation>ít nhất hai phần ba</translation>
    </message>
    <message>
        <source>more than three quarters</source>
        <translation>trên ba phần tư</translation>
    </message>
    <message>
        <source>at least three quarters</source>
        <translation>ít nhất ba phần tư</translation>
    </message>
    <message>
        <source>more than %1%</source>
        <translation>trên %1%</translation>
    </message>
    <message>
        <source>at least %1%</source>
        <translation>từ %1% trở lên</translation>
    </message>
    <message>
        <source>more than %1/%2</source>
        <translation>trên %1/%2</translation>
    </message>
    <message>
        <source>at least %1/%2</source>
        <translation>ít nhất %1/%2</translation>
    </message>
    <message>
        <source>the votes for and against (abstentions and blank ballots left out)</source>
        <translation>tổng số phiếu tán thành và không tán thành (không tính phiếu không biểu quyết và phiếu trắng)</translation>
    </message>
    <message>
        <source>all ballots cast, abstentions and blank ballots included</source>
        <translation>tổng số phiếu đã bỏ, kể cả phiếu không biểu quyết và phiếu trắng</translation>
    </message>
    <message>
        <source>the valid ballots</source>
        <translation>tổng số phiếu bầu hợp lệ</translation>
    </message>
    <message>
        <source>the votes of all shareholders attending</source>
        <translation>tổng số phiếu biểu quyết của các cổ đông dự họp</translation>
    </message>
    <message>
        <source>the delegates present</source>
        <translation>số đại biểu có mặt</translation>
    </message>
    <message>
        <source>the shareholders present</source>
        <translation>số cổ đông dự họp</translation>
    </message>
    <message>
        <source>the voters present</source>
        <translation>số cử tri có mặt</translation>
    </message>
    <message>
        <source>the members present</source>
        <translation>số thành viên có mặt</translation>
    </message>
    <message>
        <source>the votes of all shareholders with a vote</source>
        <translation>tổng số phiếu biểu quyết của các cổ đông có quyền biểu quyết</translation>
    </message>
    <message>
        <source>the delegates convened</source>
        <translation>tổng số đại biểu được triệu tập</translation>
    </message>
    <message>
        <source>the shareholders convened</source>
        <translation>tổng số cổ đông được triệu tập</translation>
    </message>
    <message>
        <source>the voters on the voter list</source>
        <translation>tổng số cử tri trong danh sách cử tri</translation>
    </message>
    <message>
        <source>the members convened</source>
        <translation>tổng số thành viên được triệu tập</translation>
    </message>
    <message>
        <source>the votes of all the company&apos;s voting shares</source>
        <translation>tổng số phiếu biểu quyết của công ty</translation>
    </message>
    <message>
        <source>all delegates</source>
        <translation>tổng số đại biểu</translation>
    </message>
    <message>
        <source>all shareholders</source>
        <translation>tổng số cổ đông</translation>
    </message>
    <message>
        <source>all voters</source>
        <translation>tổng số cử tri</translation>
    </message>
    <message>
        <source>all members</source>
        <translation>tổng số thành viên</translation>
    </message>
    <message>
        <source>(no base)</source>
        <translation>(chưa có cơ sở tính)</translation>
    </message>
    <message>
        <source>%1, counted by weight</source>
        <translation>%1, tính theo số phiếu biểu quyết</translation>
    </message>
    <message>
        <source>on a tie, a new vote among those tied</source>
        <translation>nếu số phiếu ngang nhau thì bỏ phiếu lại</translation>
    </message>
    <message>
        <source>on a tie, the older candidate</source>
        <translation>nếu số phiếu ngang nhau thì người nhiều tuổi hơn trúng cử</translation>
    </message>
    <message>
        <source>on a tie, the chair&apos;s casting vote decides</source>
        <translation>nếu số phiếu ngang nhau thì quyết định theo ý kiến của chủ tọa</translation>
    </message>
    <message>
        <source>on a tie, lots are drawn and recorded</source>
        <translation>nếu số phiếu ngang nhau thì bốc thăm, ghi vào biên bản</translation>
    </message>
    <message>
        <source>a tie is not broken</source>
        <translation>ngang phiếu thì không thông qua</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Elected by cumulative voting: by votes, from the most, until the seats are filled</source>
        <translation>Trúng cử theo phương thức bầu dồn phiếu: theo số phiếu bầu từ cao xuống thấp cho đến khi đủ số lượng cần bầu</translation>
    </message>
    <message>
        <source>Elected with %1</source>
        <translation>Trúng cử khi được %1</translation>
    </message>
    <message>
        <source>Chosen with %1</source>
        <translation>Được chọn khi được %1</translation>
    </message>
    <message>
        <source>Adopted when the votes in favour reach %1</source>
        <translation>Thông qua khi được %1 tán thành</translation>
    </message>
    <message>
        <source>valid only if %1 of the voter list take part</source>
        <translation>chỉ có giá trị khi có %1 tổng số cử tri trong danh sách cử tri tham gia bỏ phiếu</translation>
    </message>
    <message>
        <source>a ballot keeping more names than seats is invalid</source>
        <translation>phiếu bầu nhiều hơn số lượng được bầu là phiếu không hợp lệ</translation>
    </message>
    <message>
        <source>a ballot striking out every name is invalid</source>
        <translation>phiếu gạch xóa hết tên là phiếu không hợp lệ</translation>
    </message>
    <message>
        <source>no minimum attendance</source>
        <translation>không phụ thuộc số người dự họp</translation>
    </message>
    <message>
        <source>all units</source>
        <translation>tổng số đơn vị</translation>
    </message>
    <message>
        <source>the units convened</source>
        <translation>số đơn vị trực thuộc có đại biểu được triệu tập</translation>
    </message>
    <message>
        <source> and </source>
        <translation> và </translation>
    </message>
    <message>
        <source>%1 (second convening)</source>
        <translation>%1 (họp lần thứ hai)</translation>
    </message>
    <message>
        <source>%1 (third convening)</source>
        <translation>%1 (họp lần thứ ba)</translation>
    </message>
    <message>
        <source>ADOPTED</source>
        <translation>THÔNG QUA</translation>
    </message>
    <message>
        <source>Elected</source>
        <translation>Trúng cử</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Được chọn</translation>
    </message>
    <message>
        <source>NOT ADOPTED</source>
        <translation>KHÔNG THÔNG QUA</translation>
    </message>
    <message>
        <source>Nobody reached the threshold</source>
        <translation>Không ai trúng cử</translation>
    </message>
    <message>
        <source>No option reached the threshold</source>
        <translation>Không phương án nào được chọn</translation>
    </message>
    <message>
        <source>Not every seat was filled</source>
        <translation>Chưa bầu đủ số lượng</translation>
    </message>
    <message>
        <source>TIE – awaiting the tie-break</source>
        <translation>NGANG PHIẾU – chờ quyết định theo quy chế</translation>
    </message>
    <message>
        <source>NOT VALID – too few of the voter list took part</source>
        <translation>KHÔNG CÓ GIÁ TRỊ – số cử tri tham gia bỏ phiếu chưa đạt</translation>
    </message>
    <message>
        <source>Ho Chi Minh Communist Youth Union</source>
        <translation>Đoàn TNCS Hồ Chí Minh</translation>
    </message>
    <message>
        <source>Communist Party of Vietnam</source>
        <translation>Đảng Cộng sản Việt Nam</translation>
    </message>
    <message>
        <source>People&apos;s Council</source>
        <translation>Hội đồng nhân dân</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Hội</translation>
    </message>
    <message>
        <source>General meeting of shareholders</source>
        <translation>Đại hội đồng cổ đông</translation>
    </message>
    <message>
        <source>Election of deputies (National Assembly, People&apos;s Councils)</source>
        <translation>Bầu cử đại biểu Quốc hội, đại biểu Hội đồng nhân dân</translation>
    </message>
    <message>
        <source>Any body (more than half)</source>
        <translation>Tổ chức khác (quá nửa)</translation>
    </message>
    <message>
        <source>on a tie, a new election among those tied</source>
        <translation>nếu số phiếu ngang nhau thì bầu lại trong số những người ngang phiếu</translation>
    </message>
    <message>
        <source>on a tie, the motion is voted on again</source>
        <translation>nếu số phiếu ngang nhau thì biểu quyết lại</translation>
    </message>
    <message>
        <source>on a tie, a new vote among the options tied</source>
        <translation>nếu số phiếu ngang nhau thì biểu quyết lại giữa các phương án ngang phiếu</translation>
    </message>
    <message>
        <source>TIE – a new election among those tied</source>
        <translation>NGANG PHIẾU – bầu lại trong số những người ngang phiếu</translation>
    </message>
    <message>
        <source>TIE – the motion is voted on again</source>
        <translation>NGANG PHIẾU – biểu quyết lại</translation>
    </message>
    <message>
        <source>TIE – a new vote among the options tied</source>
        <translation>NGANG PHIẾU – biểu quyết lại giữa các phương án ngang phiếu</translation>
    </message>
</context>
</TS>
