// The demo meeting's documents (DEMO.md): invented, in the tone of a provincial Youth Union
// working on digital transformation. Names are invented (Nguyễn Văn A, ...).
#include "docgen.h"

namespace quorum::docgen {

namespace {
const QString Organisation
    = QStringLiteral("Đoàn TNCS Hồ Chí Minh — Đoàn khối Cơ quan - Doanh nghiệp tỉnh");

DocumentSpec youngOfficials()
{
    DocumentSpec d;
    d.organisation = Organisation;
    d.title = QStringLiteral("Phát huy vai trò của công chức, viên chức trẻ trong chuyển đổi số");
    d.subtitle = QStringLiteral("Tham luận của Câu lạc bộ Lý luận trẻ — người trình bày: Lê Văn C");
    d.sections = {
        { QStringLiteral("I. Đặt vấn đề"),
            { QStringLiteral(
                  "Năm 2023 được Đoàn khối chọn là “Năm chuyển đổi số”. Chuyển đổi số không chỉ là "
                  "đưa máy tính vào công việc, mà là thay đổi cách chúng ta làm việc, họp hành, "
                  "lưu trữ "
                  "và phục vụ đoàn viên, thanh niên."),
                QStringLiteral("Công chức, viên chức trẻ là lực lượng tiếp cận công nghệ nhanh "
                               "nhất trong mỗi cơ quan. "
                               "Tham luận này đề xuất cách để lực lượng ấy trở thành hạt nhân của "
                               "chuyển đổi số ở "
                               "từng chi đoàn.") } },
        { QStringLiteral("II. Thực trạng"),
            { QStringLiteral(
                  "Phần lớn chi đoàn đã dùng nhóm trò chuyện trực tuyến để trao đổi công việc; một "
                  "số "
                  "chi đoàn đã thử nghiệm điểm danh bằng mã QR và phòng họp trực tuyến."),
                QStringLiteral("Tuy vậy, hồ sơ Đoàn vụ vẫn chủ yếu trên giấy; biểu mẫu còn phải "
                               "in, ký và nộp trực "
                               "tiếp; tài liệu họp được photo cho từng đại biểu, gây tốn kém và "
                               "khó cập nhật."),
                QStringLiteral("Kỹ năng số của cán bộ Đoàn chưa đồng đều: có đồng chí thành thạo, "
                               "có đồng chí còn "
                               "ngại thay đổi thói quen làm việc.") } },
        { QStringLiteral("III. Giải pháp đề xuất"),
            { QStringLiteral("1. Mỗi chi đoàn cử ít nhất một “đoàn viên số” làm đầu mối hướng dẫn "
                             "đồng nghiệp sử "
                             "dụng các công cụ số."),
                QStringLiteral(
                    "2. Tổ chức các buổi sinh hoạt theo mô hình “ít giấy”: tài liệu gửi trước lên "
                    "máy tính "
                    "bảng, đại biểu ghi chú trực tiếp trên tài liệu, biểu quyết điện tử."),
                QStringLiteral("3. Số hóa biểu mẫu Đoàn vụ (Eform) và quy trình xử lý (Workflow) "
                               "để đoàn viên nộp hồ "
                               "sơ trực tuyến và theo dõi tiến độ."),
                QStringLiteral("4. Tổ chức các cuộc thi trực tuyến tìm hiểu về chuyển đổi số, có "
                               "bảng xếp hạng theo "
                               "chi đoàn để tạo phong trào.") } },
        { QStringLiteral("IV. Kiến nghị"),
            { QStringLiteral("Đề nghị Ban Thường vụ Đoàn khối hỗ trợ trang thiết bị cho phòng họp "
                             "không giấy, tập huấn "
                             "kỹ năng số cho Bí thư chi đoàn và đưa tiêu chí chuyển đổi số vào "
                             "đánh giá, xếp loại "
                             "cuối năm."),
                QStringLiteral("Trân trọng cảm ơn các đồng chí đã lắng nghe.") } },
    };
    Section survey{ QStringLiteral("Phụ lục. Kết quả khảo sát kỹ năng số của cán bộ Đoàn"), {} };
    const QStringList skills = {
        QStringLiteral("Soạn thảo và chia sẻ văn bản trực tuyến"),
        QStringLiteral("Ký số văn bản"),
        QStringLiteral("Tổ chức họp trực tuyến"),
        QStringLiteral("Lập biểu mẫu khảo sát trực tuyến"),
        QStringLiteral("Bảo vệ thông tin cá nhân, nhận diện lừa đảo qua mạng"),
        QStringLiteral("Khai thác dữ liệu đoàn viên trên phần mềm quản lý"),
        QStringLiteral("Truyền thông trên mạng xã hội"),
        QStringLiteral("Lưu trữ hồ sơ điện tử"),
        QStringLiteral("Sử dụng dịch vụ công trực tuyến"),
        QStringLiteral("Quản lý công việc nhóm trên ứng dụng"),
        QStringLiteral("Thiết kế ấn phẩm truyền thông số"),
        QStringLiteral("Tổ chức cuộc thi trực tuyến"),
    };
    int n = 0;
    for (const QString &skill : skills) {
        ++n;
        survey.paragraphs << QStringLiteral(
            "%1. %2: khoảng %3% cán bộ được hỏi tự đánh giá thành thạo, %4% "
            "cần được hướng dẫn thêm. Các chi đoàn đề nghị tổ chức tập huấn ngắn, "
            "thực hành ngay trên công việc hằng ngày, có tài liệu hướng dẫn để tra "
            "cứu lại khi cần.")
                                 .arg(n)
                                 .arg(skill)
                                 .arg(40 + 5 * n)
                                 .arg(60 - 5 * n);
    }
    d.sections.push_back(survey);
    return d;
}

DocumentSpec professionalWork()
{
    DocumentSpec d;
    d.organisation = Organisation;
    d.title = QStringLiteral("Chuyển đổi số gắn với công tác chuyên môn");
    d.subtitle = QStringLiteral("Tài liệu thảo luận — tổng hợp kinh nghiệm của các chi đoàn cơ sở");
    // Long on purpose (dozens of pages), so that scrolling and prefetch are visible.
    const QStringList areas = {
        QStringLiteral("văn thư, lưu trữ"),
        QStringLiteral("tài chính, kế toán"),
        QStringLiteral("tổ chức cán bộ"),
        QStringLiteral("thanh tra, kiểm tra"),
        QStringLiteral("y tế cơ sở"),
        QStringLiteral("giáo dục và đào tạo"),
        QStringLiteral("nông nghiệp, nông thôn"),
        QStringLiteral("tài nguyên, môi trường"),
        QStringLiteral("giao thông, xây dựng"),
        QStringLiteral("văn hóa, thể thao"),
        QStringLiteral("thông tin, truyền thông"),
        QStringLiteral("doanh nghiệp nhà nước"),
    };
    int chapter = 0;
    for (const QString &area : areas) {
        ++chapter;
        Section s;
        s.heading = QStringLiteral("Chương %1. Lĩnh vực %2").arg(chapter).arg(area);
        for (int part = 1; part <= 9; ++part) {
            s.paragraphs
                << QStringLiteral(
                       "%1.%2. Kinh nghiệm của chi đoàn thứ %2 trong lĩnh vực %3. "
                       "Đoàn viên trẻ đã chủ động rà soát quy trình nghiệp vụ, xác định những "
                       "khâu còn làm thủ công, đề xuất số hóa từng bước và theo dõi kết quả "
                       "bằng số liệu cụ thể.")
                       .arg(chapter)
                       .arg(part)
                       .arg(area)
                << QStringLiteral(
                       "Những việc đã làm: lập danh mục hồ sơ điện tử; chuẩn hóa tên tệp và "
                       "thư mục dùng chung; chuyển các báo cáo định kỳ sang biểu mẫu trực "
                       "tuyến; ký số văn bản nội bộ; tổ chức họp giao ban trên phòng họp "
                       "trực tuyến khi cần thiết.")
                << QStringLiteral(
                       "Khó khăn: đường truyền chưa ổn định ở một số điểm; phần mềm chuyên "
                       "ngành chưa liên thông; một bộ phận cán bộ lớn tuổi còn e ngại. Cách "
                       "khắc phục: kèm cặp “một kèm một”, viết hướng dẫn ngắn có hình minh "
                       "họa, ghi nhận và biểu dương kịp thời.")
                << QStringLiteral(
                       "Kết quả bước đầu: thời gian xử lý hồ sơ giảm rõ rệt, giấy in giảm "
                       "khoảng một nửa, việc tra cứu tài liệu nhanh hơn; đoàn viên hào hứng "
                       "đề xuất thêm sáng kiến.");
        }
        d.sections.push_back(s);
    }
    d.sections.push_back({ QStringLiteral("Câu hỏi gợi ý thảo luận"),
        { QStringLiteral("1. Chi đoàn của đồng chí có thể số hóa ngay khâu nào trong tháng tới?"),
            QStringLiteral("2. Cần hỗ trợ gì về thiết bị, kỹ năng và quy định?"),
            QStringLiteral(
                "3. Làm thế nào để đo lường hiệu quả chuyển đổi số một cách trung thực?") } });
    return d;
}

DocumentSpec eformPlan()
{
    DocumentSpec d;
    d.organisation = Organisation;
    d.title = QStringLiteral(
        "Kế hoạch áp dụng biểu mẫu điện tử (Eform) và quy trình (Workflow) cho công tác Đoàn vụ");
    d.subtitle = QStringLiteral("Dự thảo trình biểu quyết");
    d.sections = {
        { QStringLiteral("1. Mục đích, yêu cầu"),
            { QStringLiteral("Số hóa các thủ tục Đoàn vụ thường xuyên: chuyển sinh hoạt Đoàn, kết "
                             "nạp đoàn viên mới, "
                             "đề nghị khen thưởng, báo cáo định kỳ. Đoàn viên nộp hồ sơ trực "
                             "tuyến; cán bộ Đoàn xử lý "
                             "theo quy trình có thời hạn và được nhắc việc tự động."),
                QStringLiteral(
                    "Bảo đảm an toàn thông tin cá nhân của đoàn viên; lưu vết mọi bước xử lý.") } },
        { QStringLiteral("2. Nội dung"),
            { QStringLiteral("a) Xây dựng 12 biểu mẫu điện tử thay cho biểu mẫu giấy hiện hành."),
                QStringLiteral("b) Thiết kế 5 quy trình: tiếp nhận, thẩm định, phê duyệt, trả kết "
                               "quả, lưu trữ."),
                QStringLiteral("c) Tập huấn cho Bí thư, Phó Bí thư các chi đoàn trực thuộc."),
                QStringLiteral("d) Thí điểm tại 5 chi đoàn trong quý I, nhân rộng từ quý II.") } },
        { QStringLiteral("3. Tiến độ"),
            { QStringLiteral(
                "Tháng 1: hoàn thiện biểu mẫu và quy trình. Tháng 2: tập huấn. Tháng 3: thí điểm. "
                "Tháng 4: sơ kết, điều chỉnh. Từ tháng 5: áp dụng toàn Đoàn khối.") } },
        { QStringLiteral("4. Kinh phí"),
            { QStringLiteral("Sử dụng nền tảng sẵn có của tỉnh; kinh phí tập huấn từ nguồn hoạt "
                             "động thường xuyên "
                             "của Đoàn khối; không phát sinh chi phí mua sắm mới.") } },
        { QStringLiteral("5. Tổ chức thực hiện"),
            { QStringLiteral("Ban Thường vụ Đoàn khối chỉ đạo chung; Văn phòng Đoàn khối là đầu "
                             "mối kỹ thuật; các "
                             "chi đoàn cử “đoàn viên số” phối hợp. Đề nghị hội nghị biểu quyết "
                             "thông qua kế hoạch: "
                             "Đồng ý / Không đồng ý / Không biểu quyết.") } },
    };
    Section forms{ QStringLiteral("Phụ lục 1. Danh mục biểu mẫu điện tử"), {} };
    const QStringList names = {
        QStringLiteral("Giấy giới thiệu chuyển sinh hoạt Đoàn"),
        QStringLiteral("Đơn xin vào Đoàn"),
        QStringLiteral("Phiếu nhận xét đoàn viên"),
        QStringLiteral("Đề nghị khen thưởng"),
        QStringLiteral("Báo cáo tháng của chi đoàn"),
        QStringLiteral("Báo cáo quý của chi đoàn"),
        QStringLiteral("Đăng ký chương trình công tác năm"),
        QStringLiteral("Phiếu đánh giá chất lượng đoàn viên"),
        QStringLiteral("Đề xuất hoạt động tình nguyện"),
        QStringLiteral("Đăng ký công trình thanh niên"),
        QStringLiteral("Biên bản sinh hoạt chi đoàn"),
        QStringLiteral("Phiếu thu đoàn phí"),
    };
    int n = 0;
    for (const QString &name : names) {
        ++n;
        forms.paragraphs << QStringLiteral(
            "BM-%1. %2 — người nộp: đoàn viên hoặc Bí thư chi đoàn; người xử lý: "
            "Văn phòng Đoàn khối; thời hạn xử lý: %3 ngày làm việc; kết quả trả "
            "trực tuyến, có thông báo khi hoàn thành.")
                                .arg(n, 2, 10, QLatin1Char('0'))
                                .arg(name)
                                .arg(n % 3 + 2);
    }
    d.sections.push_back(forms);
    d.sections.push_back({ QStringLiteral("Phụ lục 2. Các bước của quy trình (Workflow)"),
        { QStringLiteral("Bước 1 — Tiếp nhận: hệ thống kiểm tra hồ sơ đủ thành phần, cấp mã hồ sơ, "
                         "gửi xác nhận."),
            QStringLiteral("Bước 2 — Thẩm định: cán bộ phụ trách xem xét, có thể yêu cầu bổ sung "
                           "một lần duy nhất."),
            QStringLiteral(
                "Bước 3 — Phê duyệt: Thường trực Đoàn khối ký số hoặc từ chối có nêu lý do."),
            QStringLiteral("Bước 4 — Trả kết quả: đoàn viên nhận kết quả trực tuyến, đánh giá mức "
                           "độ hài lòng."),
            QStringLiteral(
                "Bước 5 — Lưu trữ: hồ sơ điện tử được lưu theo thời hạn quy định, có thể tra cứu."),
            QStringLiteral("Mỗi bước có thời hạn; quá hạn hệ thống tự nhắc người xử lý và báo cáo "
                           "Thường trực.") } });
    return d;
}
} // namespace

std::vector<std::pair<QString, DocumentSpec>> demoDocuments()
{
    return { { QStringLiteral("vai-tro-cong-chuc-tre.pdf"), youngOfficials() },
        { QStringLiteral("chuyen-doi-so-chuyen-mon.pdf"), professionalWork() },
        { QStringLiteral("ke-hoach-eform-workflow.pdf"), eformPlan() } };
}

} // namespace quorum::docgen
