#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// The printable documents, with the codes tuntas-cli report takes.
enum class DocumentKind { Handout, Rtl, Attendance, Record, Decree, Worksheet, GrowthChart, Evaluation, CycleReport };

class DocumentKinds {
    Q_DECLARE_TR_FUNCTIONS(DocumentKinds)
public:
    static QList<DocumentKind> all();
    static QString code(DocumentKind kind);  // "handout", "growth-chart" ...
    static std::optional<DocumentKind> fromCode(const QString &code);
    static QString displayName(DocumentKind kind);  // translated: "Dissemination handout"
};
