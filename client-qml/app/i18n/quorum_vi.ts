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
</context>
<context>
    <name>Main</name>
    <message>
        <source>Quorum tablet</source>
        <translation>Quorum – máy tính bảng</translation>
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
        <source>This is not a meeting link. A link looks like quorum://192.168.1.10:7450/meeting?pin=123456</source>
        <translation>Đây không phải là liên kết cuộc họp. Liên kết có dạng quorum://192.168.1.10:7450/meeting?pin=123456</translation>
    </message>
    <message>
        <source>This server address is not valid. Example: 192.168.1.10:7450</source>
        <translation>Địa chỉ máy chủ không hợp lệ. Ví dụ: 192.168.1.10:7450</translation>
    </message>
    <message>
        <source>Something went wrong (error %1). Please try again or ask the secretary.</source>
        <translation>Đã xảy ra lỗi (mã %1). Vui lòng thử lại hoặc liên hệ thư ký.</translation>
    </message>
</context>
</TS>
