#include "ReportCommand.h"

#include "CycleArgument.h"
#include "documents/DocumentCatalogue.h"
#include "documents/DocumentOutput.h"
#include "documents/PrintableDocument.h"
#include "domain/DateText.h"
#include "domain/EnumText.h"
#include "storage/CaseRepository.h"
#include "storage/CycleRepository.h"
#include "storage/MeetingRepository.h"

#include <QDir>

namespace {
QStringList kindCodes()
{
    QStringList codes;
    for (DocumentKind kind : DocumentKinds::all())
        codes << DocumentKinds::code(kind);
    return codes;
}

bool needsCase(DocumentKind kind) { return kind == DocumentKind::GrowthChart; }
bool needsMeeting(DocumentKind kind) { return kind == DocumentKind::Attendance || kind == DocumentKind::Record; }
}

void ReportCommand::configure(QCommandLineParser &parser)
{
    WorkspaceCommand::configure(parser);
    parser.addPositionalArgument(QStringLiteral("KIND"), tr("The document: %1.").arg(kindCodes().join(QStringLiteral(", "))));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The PDF file to write."), QStringLiteral("FILE.pdf")});
    parser.addOption({QStringLiteral("cycle"), tr("The cycle, for example 2024-1; the current cycle when not given."), QStringLiteral("YEAR-N")});
    parser.addOption({QStringLiteral("meeting"), tr("The meeting of an attendance sheet or official record, by its number."), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("case"), tr("The case of a growth chart or a filled worksheet, by its code."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("group"), tr("The target group of a blank worksheet (CATIN, BUMIL, BUFAS, BADUTA, BALITA); all when not given."),
                      QStringLiteral("GROUP")});
    parser.addOption({QStringLiteral("internal"), tr("An internal copy with the families' identities, marked CONFIDENTIAL on every page and recorded in the workspace.")});
    parser.addOption({QStringLiteral("date"), tr("The date printed on the document (yyyy-mm-dd) instead of today."), QStringLiteral("DATE")});
}

Result<qint64> ReportCommand::cycle(Workspace &workspace, const QCommandLineParser &parser) const
{
    if (parser.isSet(QStringLiteral("cycle")))
        return CycleArgument::find(workspace, parser.value(QStringLiteral("cycle")));
    auto current = CycleRepository(workspace).current();
    if (!current)
        return Error{current.error()};
    if (!current->has_value())
        return Error{tr("this workspace has no audit cycle yet.")};
    return (*current)->id;
}

Result<qint64> ReportCommand::meeting(Workspace &workspace, const QCommandLineParser &parser, qint64 cycleId) const
{
    if (parser.isSet(QStringLiteral("meeting"))) {
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("meeting")).toLongLong(&ok);
        if (!ok || id <= 0)
            return Error{tr("'%1' is not a meeting number.").arg(parser.value(QStringLiteral("meeting")))};
        return id;
    }
    auto meetings = MeetingRepository(workspace).forCycle(cycleId);
    if (!meetings)
        return Error{meetings.error()};
    if (meetings->isEmpty())
        return Error{tr("this cycle has no meetings yet; record one in stage 4 (dissemination) first.")};
    QStringList lines;
    for (const Meeting &m : *meetings)
        lines << QStringLiteral("  --meeting %1  %2, %3").arg(m.id).arg(enumName(m.kind), DateText::longDate(m.date));
    return Error{tr("give the meeting with --meeting ID; this cycle's meetings are:\n%1").arg(lines.join(QLatin1Char('\n')))};
}

Result<DocumentRequest> ReportCommand::request(Workspace &workspace, const QCommandLineParser &parser) const
{
    const QString code = parser.positionalArguments().at(1);
    const auto kind = DocumentKinds::fromCode(code);
    if (!kind)
        return Error{tr("'%1' is not a document; choose one of %2.").arg(code, kindCodes().join(QStringLiteral(", ")))};
    DocumentRequest request;
    request.kind = *kind;
    request.internal = parser.isSet(QStringLiteral("internal"));
    request.caseCode = parser.value(QStringLiteral("case")).trimmed();
    if (parser.isSet(QStringLiteral("date"))) {
        request.issuedOn = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!request.issuedOn.isValid())
            return Error{tr("'%1' is not a date; write it as yyyy-mm-dd, e.g. 2024-09-16.").arg(parser.value(QStringLiteral("date")))};
    }
    if (parser.isSet(QStringLiteral("group"))) {
        if (request.kind != DocumentKind::Worksheet || !request.caseCode.isEmpty())
            return Error{tr("--group applies to blank worksheets only.")};
        request.targetGroup = enumFromCode<TargetGroup>(parser.value(QStringLiteral("group")));
        if (!request.targetGroup)
            return Error{tr("'%1' is not a target group; choose CATIN, BUMIL, BUFAS, BADUTA or BALITA.").arg(parser.value(QStringLiteral("group")))};
    }
    if (needsCase(request.kind) && request.caseCode.isEmpty())
        return Error{tr("give the case with --case CODE, for example --case AKS-2024-1-BDT-01.")};

    if (!request.caseCode.isEmpty()) {
        auto found = CaseRepository(workspace).findByCode(request.caseCode);
        if (!found)
            return Error{tr("there is no case %1 in this workspace.").arg(request.caseCode)};
        request.cycleId = found->cycleId;
    } else if (request.kind != DocumentKind::Worksheet) {
        auto cycleId = cycle(workspace, parser);
        if (!cycleId)
            return Error{cycleId.error()};
        request.cycleId = *cycleId;
    }
    if (needsMeeting(request.kind)) {
        auto meetingId = meeting(workspace, parser, request.cycleId);
        if (!meetingId)
            return Error{meetingId.error()};
        request.meetingId = *meetingId;
    }
    return request;
}

int ReportCommand::run(Workspace &workspace, const QCommandLineParser &parser)
{
    const QString path = parser.value(QStringLiteral("output"));
    if (path.isEmpty())
        return fail(tr("give the file to write with -o FILE.pdf."));
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return fail(tr("documents are written as PDF: give a file name ending in .pdf."));
    auto request = this->request(workspace, parser);
    if (!request)
        return fail(request.error());
    auto document = DocumentCatalogue::build(workspace, *request);
    if (!document)
        return fail(document.error());
    if (Status saved = DocumentOutput::savePdf(workspace, *request, **document, path); !saved)
        return fail(saved.error());
    const int pages = (*document)->pageCount();
    out() << tr("%n page(s) written to %1.", nullptr, pages).arg(QDir::toNativeSeparators(path)) << Qt::endl;
    if ((*document)->isConfidential())
        out() << tr("This is an internal copy with identities (CONFIDENTIAL); it was recorded in the workspace.") << Qt::endl;
    return 0;
}
