#pragma once

#include "quorum.pb.h"

#include <QString>

#include <optional>

namespace quorum::roster {

/** The columns a list can have. */
enum class Column { Name, Title, Unit, Role, Weight, Id, Pin };

/**
 * A header or a role as compared: no case, no diacritics (đ is d), no punctuation, single
 * spaces. "Họ và tên:" and "HO VA TEN" both give "ho va ten".
 */
QString fold(const QString &text);

/** The column a header names (the list in docs/import.md), or none. */
std::optional<Column> columnFor(const QString &header);

/** The role a cell names; ROLE_UNSPECIFIED when it names none. An empty cell: a delegate. */
v1::Role roleFor(const QString &cell);

/** An id made of a name: "Nguyễn Văn An" -> "nguyen-van-an". */
QString slug(const QString &name);

} // namespace quorum::roster
