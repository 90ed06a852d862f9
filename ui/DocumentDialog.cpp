#include "DocumentDialog.h"

#include "BackgroundTask.h"
#include "DialogHook.h"
#include "FileDialog.h"
#include "InternalCopiesDialog.h"
#include "MessageBox.h"
#include "ReportTextDialog.h"
#include "documents/DocumentCatalogue.h"
#include "documents/DocumentOutput.h"
#include "documents/DocumentRenderer.h"
#include "documents/PageGeometry.h"
#include "documents/PrintableDocument.h"
#include "domain/DateText.h"
#include "domain/EnumText.h"
#include "storage/CycleRepository.h"
#include "storage/ListRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
std::function<void(DocumentDialog &)> dialogHook;
std::function<void(QPrintPreviewDialog &)> previewHook;
std::function<void(QPrintDialog &)> printHook;
std::function<void(QDialog &)> textsHook;
std::function<void(QDialog &)> copiesHook;

const QString groupPrefix = QStringLiteral("group:");
const QString casePrefix = QStringLiteral("case:");

bool isChild(TargetGroup group) { return group == TargetGroup::Baduta || group == TargetGroup::Balita; }

void setUpPrinter(QPrinter &printer, const PrintableDocument &document)
{
    QPageLayout layout = PageGeometry::layout(document.orientation());
    layout.setMode(QPageLayout::FullPageMode);
    printer.setPageLayout(layout);
    printer.setFullPage(true);
    printer.setDocName(document.title());
}
}

DocumentDialog::DocumentDialog(Workspace &workspace, qint64 cycleId, const DocumentRequest &preset, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_cycleId(cycleId)
    , m_kind(new QComboBox(this))
    , m_subjectLabel(new QLabel(this))
    , m_subject(new QComboBox(this))
    , m_date(new QDateEdit(preset.issueDate(), this))
    , m_internal(new QCheckBox(tr("&Internal copy with the families' identities (CONFIDENTIAL)"), this))
    , m_problem(new QLabel(this))
    , m_texts(new QPushButton(tr("Edit the report's &texts…"), this))
    , m_copies(new QPushButton(tr("Internal copies &made…"), this))
    , m_preview(new QPushButton(tr("Pre&view…"), this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_pdf(new QPushButton(tr("Save as P&DF…"), this))
{
    setWindowTitle(tr("Print a document"));
    for (DocumentKind kind : DocumentKinds::all())
        m_kind->addItem(DocumentKinds::displayName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(preset.kind)));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_subject->setMinimumContentsLength(36);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_problem->hide();
    auto *privacy = new QLabel(tr("Without this, documents show case codes only: no names, NIK, birth dates or addresses finer than the desa. "
                                  "An internal copy is marked CONFIDENTIAL on every page, and who printed it and when is recorded."),
                               this);
    privacy->setWordWrap(true);

    auto cycle = CycleRepository(workspace).find(cycleId);
    auto *form = new QFormLayout;
    form->addRow(tr("Cycle:"), new QLabel(cycle ? tr("Cycle %1 of %2").arg(cycle->number).arg(cycle->year) : QString(), this));
    form->addRow(tr("&Document:"), m_kind);
    form->addRow(m_subjectLabel, m_subject);
    form->addRow(tr("Da&te on the document:"), m_date);
    m_subjectLabel->setBuddy(m_subject);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copies, QDialogButtonBox::HelpRole);
    buttons->addButton(m_texts, QDialogButtonBox::ActionRole);
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);
    m_preview->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_internal);
    layout->addWidget(privacy);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DocumentDialog::fillSubjects);
    connect(m_internal, &QCheckBox::toggled, this, &DocumentDialog::internalToggled);
    connect(m_subject, &QComboBox::currentIndexChanged, m_problem, &QLabel::hide);
    connect(m_preview, &QPushButton::clicked, this, &DocumentDialog::preview);
    connect(m_print, &QPushButton::clicked, this, &DocumentDialog::print);
    connect(m_pdf, &QPushButton::clicked, this, &DocumentDialog::savePdf);
    connect(m_texts, &QPushButton::clicked, this, &DocumentDialog::editTexts);
    connect(m_copies, &QPushButton::clicked, this, [this] {
        InternalCopiesDialog copies(m_workspace, this);
        execOrHook<QDialog>(copies, copiesHook);
    });

    fillSubjects();
    const QString wanted = preset.meetingId != 0 ? QString::number(preset.meetingId)
                           : !preset.caseCode.isEmpty()
                               ? (preset.kind == DocumentKind::Worksheet ? casePrefix : QString()) + preset.caseCode
                           : preset.targetGroup ? groupPrefix + enumCode(*preset.targetGroup)
                                                : QString();
    if (const int index = m_subject->findData(wanted); index >= 0)
        m_subject->setCurrentIndex(index);
    {
        const QSignalBlocker blocker(m_internal);
        m_internal->setChecked(preset.internal);
    }
    resize(640, sizeHint().height());
}

DocumentDialog::~DocumentDialog() = default;

void DocumentDialog::open(Workspace &workspace, qint64 cycleId, const DocumentRequest &preset, QWidget *parent)
{
    DocumentDialog dialog(workspace, cycleId, preset, parent);
    execOrHook(dialog, dialogHook);
}

void DocumentDialog::setHook(std::function<void(DocumentDialog &)> hook) { dialogHook = std::move(hook); }
void DocumentDialog::setPreviewHook(std::function<void(QPrintPreviewDialog &)> hook) { previewHook = std::move(hook); }
void DocumentDialog::setPrintHook(std::function<void(QPrintDialog &)> hook) { printHook = std::move(hook); }
void DocumentDialog::setTextsHook(std::function<void(QDialog &)> hook) { textsHook = std::move(hook); }
void DocumentDialog::setCopiesHook(std::function<void(QDialog &)> hook) { copiesHook = std::move(hook); }

void DocumentDialog::fillSubjects()
{
    const auto kind = DocumentKind(m_kind->currentData().toInt());
    const QSignalBlocker blocker(m_subject);
    m_subject->clear();
    m_problem->hide();
    m_texts->setVisible(kind == DocumentKind::CycleReport);
    if (kind == DocumentKind::Attendance || kind == DocumentKind::Record) {
        m_subjectLabel->setText(tr("&Meeting:"));
        for (const Meeting &meeting : MeetingRepository(m_workspace).forCycle(m_cycleId).value_or({})) {
            const QString place = meeting.place.isEmpty() ? QString() : QStringLiteral(", ") + meeting.place;
            m_subject->addItem(tr("%1, %2").arg(enumName(meeting.kind), DateText::longDate(meeting.date)) + place,
                               QString::number(meeting.id));
        }
    } else if (kind == DocumentKind::GrowthChart || kind == DocumentKind::Worksheet) {
        m_subjectLabel->setText(kind == DocumentKind::GrowthChart ? tr("C&ase:") : tr("&Worksheet:"));
        if (kind == DocumentKind::Worksheet) {
            m_subject->addItem(tr("Blank, every target group"), QString());
            for (TargetGroup group : enumValues<TargetGroup>())
                m_subject->addItem(tr("Blank: %1").arg(enumName(group)), groupPrefix + enumCode(group));
        }
        for (const CaseRow &row : ListRepository(m_workspace).cases(m_cycleId).value_or({})) {
            if (kind == DocumentKind::GrowthChart && isChild(row.group))
                m_subject->addItem(tr("%1 (%2)").arg(row.caseCode, enumName(row.group)), row.caseCode);
            else if (kind == DocumentKind::Worksheet)
                m_subject->addItem(tr("Filled: %1 (internal copy)").arg(row.caseCode), casePrefix + row.caseCode);
        }
    }
    const bool chooses = kind == DocumentKind::Attendance || kind == DocumentKind::Record || kind == DocumentKind::GrowthChart
                         || kind == DocumentKind::Worksheet;
    m_subjectLabel->setVisible(chooses);
    m_subject->setVisible(chooses);
}

DocumentRequest DocumentDialog::request() const
{
    DocumentRequest request;
    request.kind = DocumentKind(m_kind->currentData().toInt());
    request.cycleId = m_cycleId;
    request.internal = m_internal->isChecked();
    request.issuedOn = m_date->date();
    const QString subject = m_subject->currentData().toString();
    switch (request.kind) {
    case DocumentKind::Attendance:
    case DocumentKind::Record:
        request.meetingId = subject.toLongLong();
        break;
    case DocumentKind::GrowthChart:
        request.caseCode = subject;
        break;
    case DocumentKind::Worksheet:
        if (subject.startsWith(casePrefix))
            request.caseCode = subject.mid(casePrefix.size());
        else if (subject.startsWith(groupPrefix))
            request.targetGroup = enumFromCode<TargetGroup>(subject.mid(groupPrefix.size()));
        request.cycleId = 0;
        break;
    default:
        break;
    }
    return request;
}

void DocumentDialog::internalToggled(bool checked)
{
    m_problem->hide();
    if (!checked)
        return;
    const auto answer = MessageBox::question(
        this, windowTitle(),
        tr("An internal copy names the families: names, NIK, birth dates and addresses. It is marked CONFIDENTIAL on "
           "every page, and your name and the time are recorded in the workspace.\n\nKeep it out of meetings and "
           "public places. Make an internal copy?"));
    if (answer != QMessageBox::Yes) {
        const QSignalBlocker blocker(m_internal);
        m_internal->setChecked(false);
    }
}

std::shared_ptr<PrintableDocument> DocumentDialog::build()
{
    m_problem->hide();
    const DocumentRequest wanted = request();
    if ((wanted.kind == DocumentKind::Attendance || wanted.kind == DocumentKind::Record) && wanted.meetingId == 0) {
        m_problem->setText(tr("This cycle has no meeting yet: record one in stage 4 (dissemination) first."));
        m_problem->show();
        return {};
    }
    if (wanted.kind == DocumentKind::GrowthChart && wanted.caseCode.isEmpty()) {
        m_problem->setText(tr("This cycle has no child case to draw a growth chart for."));
        m_problem->show();
        return {};
    }
    // Built on another thread through a connection of its own, so that a long document does not
    // freeze the window; then handed to this thread to be shown or printed.
    const QString path = m_workspace.path();
    QThread *here = QThread::currentThread();
    auto built = BackgroundTask::run<Result<std::shared_ptr<PrintableDocument>>>(
        this, tr("Preparing the document…"), [&](const auto &) -> Result<std::shared_ptr<PrintableDocument>> {
            auto connection = Workspace::openReadOnly(path);
            if (!connection)
                return Error{connection.error()};
            auto document = DocumentCatalogue::build(**connection, wanted);
            if (!document)
                return Error{document.error()};
            (*document)->moveToThread(here);
            return std::shared_ptr<PrintableDocument>(std::move(*document));
        });
    if (!built) {
        m_problem->setText(built.error());
        m_problem->show();
        return {};
    }
    return *built;
}

void DocumentDialog::preview()
{
    const auto document = build();
    if (!document)
        return;
    const DocumentRequest shown = request();
    // The preview can print, so an internal copy shown in it counts as made.
    if (document->isConfidential()) {
        if (Status recorded = DocumentOutput::recordInternalCopy(m_workspace, shown, tr("print preview")); !recorded) {
            MessageBox::critical(this, windowTitle(), recorded.error());
            return;
        }
    }
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, *document);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Preview: %1").arg(document->title()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        if (Status painted = DocumentRenderer::paint(*document, *target); !painted)
            MessageBox::critical(this, windowTitle(), painted.error());
    });
    dialog.resize(1000, 760);
    execOrHook(dialog, previewHook);
}

void DocumentDialog::print()
{
    const auto document = build();
    if (!document)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, *document);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print: %1").arg(document->title()));
    bool accepted = false;
    connect(&dialog, &QDialog::accepted, this, [&] { accepted = true; });
    execOrHook(dialog, printHook);
    if (!accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status printed = DocumentOutput::print(m_workspace, request(), *document, printer, printer.printerName());
    QApplication::restoreOverrideCursor();
    if (!printed)
        MessageBox::critical(this, windowTitle(), printed.error());
}

void DocumentDialog::savePdf()
{
    const auto document = build();
    if (!document)
        return;
    const QString path = FileDialog::saveFileName(this, tr("Save %1 as PDF").arg(document->title()), tr("PDF document (*.pdf)"),
                                                  QStringLiteral("pdf"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status saved = DocumentOutput::savePdf(m_workspace, request(), *document, path);
    QApplication::restoreOverrideCursor();
    if (!saved) {
        MessageBox::critical(this, windowTitle(), saved.error());
        return;
    }
    MessageBox::information(this, windowTitle(),
                            tr("%n page(s) saved to %1.", nullptr, document->pageCount()).arg(QDir::toNativeSeparators(path)));
}

void DocumentDialog::editTexts()
{
    ReportTextDialog texts(m_workspace, m_cycleId, this);
    execOrHook<QDialog>(texts, textsHook);
}
