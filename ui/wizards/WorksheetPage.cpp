#include "wizards/WorksheetPage.h"

#include "EnumComboBox.h"
#include "MessageBox.h"
#include "audit/ReviewDateCheck.h"
#include "domain/DataSource.h"
#include "domain/ReferenceLabel.h"
#include "storage/RegionRepository.h"
#include "storage/SettingsRepository.h"
#include "wizards/ReviewWizard.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const int ItemIdRole = Qt::UserRole + 1;

QString sourceName(const QString &source)
{
    if (source == WorksheetAnswer::computedSource())
        return WorksheetPage::tr("Computed by Tuntas");
    if (auto known = enumFromCode<DataSource>(source))
        return enumName(*known);
    return source;
}

// The stored form of what the source box shows: a known source's code, otherwise the text.
QString sourceValue(const QComboBox *box)
{
    const QString text = box->currentText().trimmed();
    const int index = box->findText(text);
    if (index >= 0 && !box->itemData(index).toString().isEmpty())
        return box->itemData(index).toString();
    return text;
}
}

WorksheetPage::WorksheetPage(ReviewWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_header(new QLabel(this))
    , m_puskesmas(new QComboBox(this))
    , m_auditDate(new QDateEdit(this))
    , m_table(new QTableWidget(this))
{
    setTitle(tr("Audit worksheet (KKA)"));
    setSubTitle(tr("Internal worksheet of case %1. Answers marked \"Computed by Tuntas\" come from the latest measurement and risk answers; "
                   "check and change them where needed.")
                    .arg(wizard->auditCase().caseCode));
    m_auditDate->setCalendarPopup(true);
    m_auditDate->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Puskesmas:"), m_puskesmas);
    form->addRow(tr("Audit date:"), m_auditDate);
    auto *header = new QGroupBox(tr("Worksheet header"), this);
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->addWidget(m_header, 1);
    headerLayout->addLayout(form);

    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Answer"), tr("Data source"), tr("Verified")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(Item, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(Answer, QHeaderView::Stretch);
    m_table->setColumnWidth(Item, 380);
    m_table->setColumnWidth(Source, 230);
    m_table->setColumnWidth(Verified, 70);
    m_table->verticalHeader()->setDefaultSectionSize(QComboBox().sizeHint().height() + 4);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableWidget::cellChanged, this, &WorksheetPage::answerEdited);
    connect(m_puskesmas, &QComboBox::activated, m_wizard, &ReviewWizard::markChanged);
    connect(m_auditDate, &QDateEdit::dateChanged, m_wizard, &ReviewWizard::markChanged);
}

int WorksheetPage::rowOf(const QString &itemCode) const
{
    for (int i = 0; i < m_wizard->items().size(); ++i) {
        if (m_wizard->items().at(i).code != itemCode)
            continue;
        for (int row = 0; row < m_table->rowCount(); ++row) {
            if (m_table->item(row, Item) && m_table->item(row, Item)->data(ItemIdRole).toLongLong() == m_wizard->items().at(i).id)
                return row;
        }
    }
    return -1;
}

QComboBox *WorksheetPage::sourceBox(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, Source));
}

void WorksheetPage::initializePage()
{
    fill();
}

void WorksheetPage::fill()
{
    m_filling = true;
    const ExpertReview &review = m_wizard->review();
    const AuditCase &auditCase = m_wizard->auditCase();
    const Subject &subject = m_wizard->subject();
    RegionRepository regions(m_wizard->workspace());
    Desa desa;
    for (const Desa &d : regions.desa().value_or(QList<Desa>{})) {
        if (d.id == subject.desaId)
            desa = d;
    }
    QString kecamatan;
    for (const Kecamatan &k : regions.kecamatan().value_or(QList<Kecamatan>{})) {
        if (k.id == desa.kecamatanId)
            kecamatan = k.name;
    }
    const QString regency = SettingsRepository(m_wizard->workspace()).load().value_or(WorkspaceSettings{}).regency;
    m_header->setText(tr("<table cellspacing=3><tr><td>Kabupaten/kota:</td><td><b>%1</b></td></tr>"
                         "<tr><td>Audit number:</td><td><b>%2</b> (case %3)</td></tr>"
                         "<tr><td>Kecamatan:</td><td><b>%4</b></td></tr><tr><td>Desa:</td><td><b>%5</b></td></tr>"
                         "<tr><td>Name (internal):</td><td>%6</td></tr></table>")
                          .arg(regency.toHtmlEscaped())
                          .arg(auditCase.auditNumber)
                          .arg(auditCase.caseCode.toHtmlEscaped(), kecamatan.toHtmlEscaped(), desa.name.toHtmlEscaped(), subject.name.toHtmlEscaped()));

    m_puskesmas->clear();
    m_puskesmas->addItem(tr("not chosen"), 0);
    for (const Puskesmas &p : regions.puskesmas().value_or(QList<Puskesmas>{}))
        m_puskesmas->addItem(p.name, p.id);
    const qint64 puskesmasId = review.puskesmasId ? review.puskesmasId : desa.puskesmasId;
    m_puskesmas->setCurrentIndex(qMax(0, m_puskesmas->findData(puskesmasId)));

    {
        const QSignalBlocker blocker(m_auditDate);
        m_auditDate->setMinimumDate(QDate(2000, 1, 1));
        QDate shown = review.auditDate.isValid() ? review.auditDate : QDate::currentDate();
        m_auditDate->setDate(shown);
    }

    QMap<qint64, WorksheetAnswer> answers;
    for (const WorksheetAnswer &answer : review.answers)
        answers.insert(answer.itemId, answer);
    m_table->setRowCount(0);
    QString section;
    QFont bold = font();
    bold.setBold(true);
    for (const WorksheetItem &item : m_wizard->items()) {
        int row = m_table->rowCount();
        if (item.section != section) {
            section = item.section;
            m_table->insertRow(row);
            auto *heading = new QTableWidgetItem(section);
            heading->setFlags(Qt::ItemIsEnabled);
            heading->setFont(bold);
            heading->setBackground(palette().alternateBase());
            m_table->setItem(row, Item, heading);
            m_table->setSpan(row, Item, 1, 4);
            ++row;
        }
        m_table->insertRow(row);
        WorksheetAnswer answer = answers.value(item.id);
        if (!answers.contains(item.id) && m_wizard->prefill().contains(item.code)) {
            answer.answer = m_wizard->prefill().value(item.code);
            answer.source = WorksheetAnswer::computedSource();
        }
        const QString tip = item.definition.isEmpty() ? QString()
                                                      : tr("%1\n\nUsual source: %2").arg(item.definition, item.usualSource.isEmpty() ? tr("not stated") : item.usualSource);
        auto *label = new QTableWidgetItem(referenceLabel(item.label, item.labelEn));
        label->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        label->setData(ItemIdRole, item.id);
        label->setToolTip(tip);
        m_table->setItem(row, Item, label);
        auto *value = new QTableWidgetItem(answer.answer);
        value->setToolTip(tip);
        m_table->setItem(row, Answer, value);
        auto *source = new QComboBox(m_table);
        source->setEditable(true);
        source->addItem(QString(), QString());
        addEnumCodeItems<DataSource>(source);
        source->addItem(sourceName(WorksheetAnswer::computedSource()), WorksheetAnswer::computedSource());
        source->setCurrentText(sourceName(answer.source));
        source->lineEdit()->setPlaceholderText(item.usualSource);
        connect(source, &QComboBox::currentTextChanged, m_wizard, [this] {
            if (!m_filling)
                m_wizard->markChanged();
        });
        m_table->setCellWidget(row, Source, source);
        auto *verified = new QTableWidgetItem;
        verified->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        verified->setCheckState(answer.verified ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, Verified, verified);
    }
    m_filling = false;
}

void WorksheetPage::answerEdited(int row, int column)
{
    if (m_filling)
        return;
    m_wizard->markChanged();
    // An answer the user changed is no longer the program's.
    if (column == Answer) {
        if (QComboBox *source = sourceBox(row); source && source->currentText() == sourceName(WorksheetAnswer::computedSource()))
            source->setCurrentText(enumName(DataSource::Manual));
    }
}

bool WorksheetPage::validatePage()
{
    const QDate auditDate = m_auditDate->date();
    if (const QString problem = ReviewDateCheck::auditDateProblem(auditDate, m_wizard->auditCase().selectedOn, QDate::currentDate());
        !problem.isEmpty()) {
        MessageBox::warning(this, title(), problem);
        return false;
    }
    QList<WorksheetAnswer> answers;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QComboBox *source = sourceBox(row);
        if (!source)
            continue;  // a section heading
        WorksheetAnswer answer;
        answer.itemId = m_table->item(row, Item)->data(ItemIdRole).toLongLong();
        answer.answer = m_table->item(row, Answer)->text().trimmed();
        answer.source = sourceValue(source);
        answer.verified = m_table->item(row, Verified)->checkState() == Qt::Checked;
        if (answer.answer.isEmpty() && !answer.verified)
            continue;
        answers.append(answer);
    }
    ExpertReview &review = m_wizard->review();
    const ExpertReview before = review;
    review.auditDate = auditDate;
    review.puskesmasId = m_puskesmas->currentData().toLongLong();
    review.answers = answers;
    if (!m_wizard->save()) {
        review = before;
        return false;
    }
    return true;
}
