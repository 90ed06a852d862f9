#pragma once

#include "Result.h"
#include "domain/ReportPart.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>

class Workspace;

// The narrative parts of a cycle's report (Laporan AKS), for the report and for the dialog that
// edits them: each part's translated name, the default paragraph built from the cycle's data,
// and what the user wrote. A part never written, or emptied, prints its default.
class ReportNarrative {
    Q_DECLARE_TR_FUNCTIONS(ReportNarrative)
public:
    struct Part {
        ReportPart part = ReportPart::Background;
        QString name;         // translated, e.g. "Background (Latar belakang)"
        QString defaultText;  // in the interface's language; paragraphs separated by line breaks
        QString written;      // as stored; empty when never edited

        bool isEdited() const { return !written.trimmed().isEmpty(); }
        QString text() const { return isEdited() ? written : defaultText; }
    };

    // Every part in the order of ReportPart.
    static Result<ReportNarrative> load(Workspace &workspace, qint64 cycleId);
    // Stores the given parts in one transaction: all of them or none. An empty text returns the
    // part to its default.
    static Status save(Workspace &workspace, qint64 cycleId, const QMap<ReportPart, QString> &texts);

    const QList<Part> &parts() const { return m_parts; }
    const Part &part(ReportPart part) const;
    QString text(ReportPart which) const { return part(which).text(); }

private:
    QList<Part> m_parts;
};
