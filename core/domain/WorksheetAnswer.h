#pragma once

#include "domain/Entity.h"

#include <QString>

// The answer to one worksheet item in a review. The source is a DataSource code when the answer
// came from one of the program's known sources, "tuntas" when the program computed it, and
// otherwise free text (e.g. "Kohort ibu Puskesmas"), since field officers cite many registers.
struct WorksheetAnswer : Entity {
    qint64 itemId = 0;
    QString answer;
    QString source;
    bool verified = false;

    static QString computedSource() { return QStringLiteral("tuntas"); }
    bool isComputed() const { return source == computedSource(); }
};
