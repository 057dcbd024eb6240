#include "protocol.h"

namespace quorum {

QByteArray encode(const google::protobuf::MessageLite &message)
{
    QByteArray bytes(qsizetype(message.ByteSizeLong()), Qt::Uninitialized);
    message.SerializeWithCachedSizesToArray(reinterpret_cast<uint8_t *>(bytes.data()));
    return bytes;
}

v1::Error makeError(v1::ErrorCode code, const QString &detail)
{
    v1::Error error;
    error.set_code(code);
    error.set_detail(sstr(detail));
    return error;
}

void setReason(v1::Error &error, v1::GeneralRefusal reason)
{
    error.set_general(reason);
}
void setReason(v1::Error &error, v1::AgendaRefusal reason)
{
    error.set_agenda(reason);
}
void setReason(v1::Error &error, v1::AttendanceRefusal reason)
{
    error.set_attendance(reason);
}
void setReason(v1::Error &error, v1::CheckInRefusal reason)
{
    error.set_check_in(reason);
}
void setReason(v1::Error &error, v1::SpeakersRefusal reason)
{
    error.set_speakers(reason);
}
void setReason(v1::Error &error, v1::BallotRefusal reason)
{
    error.set_ballot(reason);
}
void setReason(v1::Error &error, v1::DocumentRefusal reason)
{
    error.set_document(reason);
}
void setReason(v1::Error &error, v1::AnnotationRefusal reason)
{
    error.set_annotation(reason);
}
void setReason(v1::Error &error, v1::MinutesRefusal reason)
{
    error.set_minutes(reason);
}
void setReason(v1::Error &error, v1::DeviceRefusal reason)
{
    error.set_device(reason);
}
void setReason(v1::Error &error, v1::FormRefusal reason)
{
    error.set_form(reason);
}
void setReason(v1::Error &error, v1::WorkflowRefusal reason)
{
    error.set_workflow(reason);
}

void setReason(v1::Error &error, v1::DeskRefusal reason)
{
    error.set_desk(reason);
}

} // namespace quorum
