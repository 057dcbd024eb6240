#include "refusal.h"

#include <QMetaEnum>

namespace Refusal {

int of(const quorum::v1::Error &error)
{
    if (error.reason_case() == quorum::v1::Error::REASON_NOT_SET)
        return None;
    // The oneof's case is the field number of the domain's enum.
    const auto *field
        = quorum::v1::Error::descriptor()->FindFieldByNumber(int(error.reason_case()));
    if (!field)
        return None;
    const int value = error.GetReflection()->GetEnumValue(error, field);
    const int reason = field->number() * Stride + value;
    return value > 0 && value < Stride && QMetaEnum::fromType<Reason>().valueToKey(reason) ? reason
                                                                                           : None;
}

} // namespace Refusal
