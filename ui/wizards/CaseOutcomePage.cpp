#include "wizards/CaseOutcomePage.h"

#include "EnumComboBox.h"
#include "audit/OutcomeRecorder.h"
#include "domain/DateText.h"
#include "growth/NutritionalStatus.h"
#include "wizards/EvaluationWizard.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

CaseOutcomePage::CaseOutcomePage(EvaluationWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_confirmedOn(new QDateEdit(this))
    , m_problems(new QLabel(this))
{
    setTitle(tr("Case outcomes"));
    setSubTitle(tr("The measurement before the audit and the last follow-up side by side, with the outcome they suggest. For a child, "
                   "length/height-for-age z changing by less than %1 without changing category counts as unchanged; for a mother, "
                   "fewer of the Hb, LiLA and BMI thresholds crossed is improved, more is worse. Confirm each outcome.")
                    .arg(QLocale().toString(OutcomeProposal::ZTolerance, 'f', 1)));
    m_table->setHorizontalHeaderLabels({tr("Case"), tr("Group"), tr("Before"), tr("After"), tr("Proposal"), tr("Confirmed outcome")});
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideNone);
    m_table->verticalHeader()->hide();
    // The reasons are sentences: they wrap, and the rows grow to show them whole.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_confirmedOn->setCalendarPopup(true);
    m_confirmedOn->setDisplayFormat(QStringLiteral("d MMMM yyyy"));
    m_problems->setStyleSheet(QStringLiteral("color:#b01e1e"));
    m_problems->setWordWrap(true);
    m_problems->hide();
    auto *accept = new QPushButton(tr("Take the proposals for cases not yet confirmed"), this);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(new QLabel(tr("Outcomes confirmed on:"), this));
    bottom->addWidget(m_confirmedOn);
    bottom->addStretch(1);
    bottom->addWidget(accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_problems);
    connect(accept, &QPushButton::clicked, this, &CaseOutcomePage::acceptProposals);
}

QComboBox *CaseOutcomePage::outcomeBox(int row) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(row, Confirmed));
}

QString CaseOutcomePage::values(const Subject &subject, const std::optional<Measurement> &m) const
{
    if (!m)
        return tr("no measurement");
    QStringList parts{DateText::shortDate(m->measuredOn)};
    auto add = [&](const std::optional<double> &value, const QString &pattern, int decimals = 1) {
        if (value)
            parts << pattern.arg(QLocale().toString(*value, 'f', decimals));
    };
    if (isChildGroup(subject.group)) {
        add(m->lengthHeightCm, tr("%1 cm"));
        add(m->weightKg, tr("%1 kg"));
        if (m->zLengthAge) {
            const bool flagged = m->zFlags.contains(QStringLiteral("zlen")) || m->zFlags.contains(QStringLiteral("zhfa"));
            parts << tr("HAZ %1 (%2)").arg(QLocale().toString(*m->zLengthAge, 'f', 2),
                                           NutritionalStatus::name(NutritionalStatus::categorise(ChildIndex::LengthForAge, *m->zLengthAge, flagged)));
        }
    } else {
        add(m->hbGdl, tr("Hb %1 g/dL"));
        add(m->muacCm, tr("LiLA %1 cm"));
        if (m->weightKg && m->lengthHeightCm && *m->lengthHeightCm > 0) {
            const double metres = *m->lengthHeightCm / 100.0;
            add(*m->weightKg / (metres * metres), tr("BMI %1"));
        }
    }
    return parts.join(QStringLiteral(" · "));
}

void CaseOutcomePage::initializePage()
{
    if (hasUnsavedChanges())
        return;  // back and forth again: keep the choices made
    m_wizard->reloadCases();
    m_showing = true;
    m_touched.clear();
    m_evidence.clear();
    m_problems->hide();
    m_confirmedOn->setDate(m_wizard->today());
    const QList<AuditCase> &cases = m_wizard->cases();
    m_table->setRowCount(int(cases.size()));
    for (int row = 0; row < cases.size(); ++row) {
        const AuditCase &auditCase = cases.at(row);
        auto evidence = OutcomeEvidence::of(m_wizard->workspace(), auditCase);
        OutcomeEvidence shown = evidence ? *evidence : OutcomeEvidence{};
        if (!evidence)
            shown.proposal.reason = evidence.error();
        m_evidence.append(shown);
        const QString proposal = shown.proposal.outcome ? tr("%1: %2").arg(enumName(*shown.proposal.outcome), shown.proposal.reason)
                                                        : shown.proposal.reason;
        const QStringList cells = {auditCase.caseCode, enumCode(m_wizard->subject(auditCase.subjectId).group), values(shown.subject, shown.before),
                                   values(shown.subject, shown.after), proposal};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setToolTip(cells.at(column));
            m_table->setItem(row, column, cell);
        }
        auto *box = new QComboBox(m_table);
        box->addItem(tr("— not confirmed —"), QString());
        addEnumCodeItems<CaseOutcome>(box);
        box->setCurrentIndex(auditCase.outcome ? qMax(0, box->findData(enumCode(*auditCase.outcome))) : 0);
        connect(box, &QComboBox::currentIndexChanged, this, [this, row] {
            if (!m_showing)
                m_touched.insert(row);
        });
        m_table->setCellWidget(row, Confirmed, box);
    }
    QHeaderView *header = m_table->horizontalHeader();
    for (int column : {Case, Group, Confirmed})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (int column : {Before, After, Proposal})
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    m_showing = false;
}

void CaseOutcomePage::acceptProposals()
{
    for (int row = 0; row < m_evidence.size(); ++row) {
        QComboBox *box = outcomeBox(row);
        const auto proposed = m_evidence.at(row).proposal.outcome;
        if (box && box->currentIndex() == 0 && proposed)
            box->setCurrentIndex(box->findData(enumCode(*proposed)));
    }
}

bool CaseOutcomePage::validatePage()
{
    QList<AuditCase> changed;
    const QList<AuditCase> &cases = m_wizard->cases();
    for (int row = 0; row < cases.size(); ++row) {
        AuditCase auditCase = cases.at(row);
        const auto proposed = m_evidence.at(row).proposal.outcome;
        const auto chosen = enumFromCode<CaseOutcome>(outcomeBox(row)->currentData().toString());
        const bool confirmationChanged = chosen != auditCase.outcome;
        if (!confirmationChanged && proposed == auditCase.proposedOutcome)
            continue;
        auditCase.proposedOutcome = proposed;
        if (confirmationChanged) {
            auditCase.outcome = chosen;
            auditCase.outcomeConfirmedOn = chosen ? m_confirmedOn->date() : QDate();
        }
        changed.append(auditCase);
    }
    if (!changed.isEmpty()) {
        if (Status saved = OutcomeRecorder(m_wizard->workspace()).save(changed, m_wizard->today()); !saved) {
            m_problems->setText(saved.error());
            m_problems->show();
            return false;
        }
    }
    m_touched.clear();
    m_problems->hide();
    m_wizard->reloadCases();
    return true;
}
