#pragma once

#include "minutesmodel.h"
#include "minuteswords.h"

#include <QString>

// The minutes' HTML (minuteshtml.cpp) in parts that live in their own files.
namespace quorum::minutes {

/** Text as the minutes' HTML holds it: NFC, then escaped. */
QString htmlText(const QString &text);

/**
 * One ballot of an agenda item: question, form and rule, the count (in words, then a table
 * with bars) when it closed, the outcome, and for a named vote who voted what.
 */
QString ballotHtml(const BallotRow &ballot, const Words &words);

} // namespace quorum::minutes
