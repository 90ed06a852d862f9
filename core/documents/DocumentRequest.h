#pragma once

#include "documents/DocumentKind.h"
#include "domain/TargetGroup.h"

#include <QDate>
#include <QString>
#include <optional>

// Which document to build and from what: the GUI and tuntas-cli report both fill one in.
struct DocumentRequest {
    DocumentKind kind = DocumentKind::Handout;
    qint64 cycleId = 0;                      // 0 when the document needs no cycle
    qint64 meetingId = 0;                    // attendance sheet, official record
    QString caseCode;                        // growth chart, filled worksheet
    std::optional<TargetGroup> targetGroup;  // blank worksheet of one group; all groups when absent
    bool internal = false;                   // an internal copy with identities, marked RAHASIA
    QDate issuedOn;                          // the date printed on the document; today when invalid

    QDate issueDate() const { return issuedOn.isValid() ? issuedOn : QDate::currentDate(); }
};
