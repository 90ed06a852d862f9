#include "documents/DocumentKind.h"

QList<DocumentKind> DocumentKinds::all()
{
    return {DocumentKind::Handout,   DocumentKind::Rtl,         DocumentKind::Attendance,
            DocumentKind::Record,    DocumentKind::Decree,      DocumentKind::Worksheet,
            DocumentKind::GrowthChart, DocumentKind::Evaluation, DocumentKind::CycleReport};
}

QString DocumentKinds::code(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Handout: return QStringLiteral("handout");
    case DocumentKind::Rtl: return QStringLiteral("rtl");
    case DocumentKind::Attendance: return QStringLiteral("attendance");
    case DocumentKind::Record: return QStringLiteral("record");
    case DocumentKind::Decree: return QStringLiteral("decree");
    case DocumentKind::Worksheet: return QStringLiteral("worksheet");
    case DocumentKind::GrowthChart: return QStringLiteral("growth-chart");
    case DocumentKind::Evaluation: return QStringLiteral("evaluation");
    case DocumentKind::CycleReport: return QStringLiteral("cycle-report");
    }
    return {};
}

std::optional<DocumentKind> DocumentKinds::fromCode(const QString &code)
{
    for (DocumentKind kind : all()) {
        if (DocumentKinds::code(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QString DocumentKinds::displayName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Handout: return tr("Dissemination handout");
    case DocumentKind::Rtl: return tr("Follow-up plan (RTL) matrix");
    case DocumentKind::Attendance: return tr("Attendance sheet");
    case DocumentKind::Record: return tr("Official record and minutes");
    case DocumentKind::Decree: return tr("Decree attachment (team)");
    case DocumentKind::Worksheet: return tr("Audit worksheet (KKA)");
    case DocumentKind::GrowthChart: return tr("Growth chart");
    case DocumentKind::Evaluation: return tr("Evaluation report");
    case DocumentKind::CycleReport: return tr("Cycle report (Laporan AKS)");
    }
    return {};
}
