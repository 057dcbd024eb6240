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

} // namespace quorum
