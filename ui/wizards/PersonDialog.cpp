#include "wizards/PersonDialog.h"

#include "EnumComboBox.h"
#include "growth/NipCheck.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

PersonDialog::PersonDialog(const Choices &choices, const DraftMember &member, QWidget *parent)
    : QDialog(parent)
    , m_choices(choices)
    , m_member(member)
    , m_known(new QComboBox(this))
    , m_frontTitle(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_backTitle(new QLineEdit(this))
    , m_nip(new QLineEdit(this))
    , m_nipWarning(new QLabel(this))
    , m_rank(new QLineEdit(this))
    , m_position(new QLineEdit(this))
    , m_agency(new QComboBox(this))
    , m_speciality(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_kecamatan(new QComboBox(this))
    , m_desa(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(member.person.name.isEmpty() ? tr("Add a team member") : tr("Edit a team member"));
    m_known->setEditable(true);
    m_known->setInsertPolicy(QComboBox::NoInsert);
    m_known->addItem(tr("— a new person —"), 0);
    for (const Person &person : choices.people)
        m_known->addItem(person.fullName(), person.id);
    m_known->completer()->setFilterMode(Qt::MatchContains);
    m_known->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_known->setCurrentIndex(qMax(0, m_known->findData(member.person.id)));

    m_frontTitle->setPlaceholderText(tr("e.g. dr."));
    m_backTitle->setPlaceholderText(tr("e.g. Sp.A, M.Kes"));
    m_nip->setPlaceholderText(tr("18 digits; empty for non-civil-servants"));
    m_rank->setPlaceholderText(tr("e.g. Pembina / IV a"));
    m_nipWarning->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_nipWarning->setWordWrap(true);
    m_agency->addItem(tr("— none —"), 0);
    for (const Agency &agency : choices.agencies)
        m_agency->addItem(agency.name, agency.id);
    addEnumItems<TeamRole>(m_role);
    m_role->setCurrentIndex(m_role->findData(int(member.role)));
    m_kecamatan->addItem(tr("— none —"), 0);
    for (const Kecamatan &k : choices.kecamatan)
        m_kecamatan->addItem(k.name, k.id);
    m_kecamatan->setCurrentIndex(qMax(0, m_kecamatan->findData(member.kecamatanId)));
    m_problem->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Known person:"), m_known);
    form->addRow(tr("Front title:"), m_frontTitle);
    form->addRow(tr("Name: *"), m_name);
    form->addRow(tr("Back title:"), m_backTitle);
    form->addRow(tr("NIP:"), m_nip);
    form->addRow(QString(), m_nipWarning);
    form->addRow(tr("Rank/grade:"), m_rank);
    form->addRow(tr("Position:"), m_position);
    form->addRow(tr("Agency (OPD):"), m_agency);
    form->addRow(tr("Speciality:"), m_speciality);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Role in the team:"), m_role);
    form->addRow(tr("Kecamatan:"), m_kecamatan);
    form->addRow(tr("Desa:"), m_desa);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    showPerson(member.person);
    updateArea();
    m_desa->setCurrentIndex(qMax(0, m_desa->findData(member.desaId)));
    checkNip();

    connect(m_known, &QComboBox::activated, this, [this] {
        const qint64 id = m_known->currentData().toLongLong();
        for (const Person &person : m_choices.people) {
            if (person.id == id)
                showPerson(person);
        }
        if (id == 0)
            showPerson(Person{});
    });
    connect(m_nip, &QLineEdit::textChanged, this, &PersonDialog::checkNip);
    connect(m_role, &QComboBox::currentIndexChanged, this, &PersonDialog::updateArea);
    connect(m_kecamatan, &QComboBox::currentIndexChanged, this, &PersonDialog::updateArea);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
}

void PersonDialog::showPerson(const Person &person)
{
    m_member.person = person;
    m_frontTitle->setText(person.frontTitle);
    m_name->setText(person.name);
    m_backTitle->setText(person.backTitle);
    m_nip->setText(NipCheck::formatted(person.nip));
    m_rank->setText(person.rankGrade);
    m_position->setText(person.position);
    m_agency->setCurrentIndex(qMax(0, m_agency->findData(person.agencyId)));
    m_speciality->setText(person.speciality);
    m_phone->setText(person.phone);
}

void PersonDialog::updateArea()
{
    const bool area = TeamDraft::needsArea(TeamRole(m_role->currentData().toInt()));
    m_kecamatan->setEnabled(area);
    const qint64 kecamatanId = m_kecamatan->currentData().toLongLong();
    const qint64 previous = m_desa->currentData().toLongLong();
    m_desa->clear();
    m_desa->addItem(tr("— none —"), 0);
    for (const Desa &desa : m_choices.desa) {
        if (kecamatanId == 0 || desa.kecamatanId == kecamatanId)
            m_desa->addItem(desa.name, desa.id);
    }
    m_desa->setCurrentIndex(qMax(0, m_desa->findData(previous)));
    m_desa->setEnabled(area);
}

void PersonDialog::checkNip()
{
    const QStringList warnings = NipCheck::warnings(m_nip->text());
    m_nipWarning->setText(warnings.join(QLatin1Char('\n')));
    m_nipWarning->setVisible(!warnings.isEmpty());
}

DraftMember PersonDialog::member() const
{
    DraftMember result = m_member;
    result.person.frontTitle = m_frontTitle->text().trimmed();
    result.person.name = m_name->text().trimmed();
    result.person.backTitle = m_backTitle->text().trimmed();
    result.person.nip = NipCheck::digitsOf(m_nip->text());
    result.person.rankGrade = m_rank->text().trimmed();
    result.person.position = m_position->text().trimmed();
    result.person.agencyId = m_agency->currentData().toLongLong();
    result.person.speciality = m_speciality->text().trimmed();
    result.person.phone = m_phone->text().trimmed();
    result.role = TeamRole(m_role->currentData().toInt());
    const bool area = TeamDraft::needsArea(result.role);
    result.kecamatanId = area ? m_kecamatan->currentData().toLongLong() : 0;
    result.desaId = area ? m_desa->currentData().toLongLong() : 0;
    return result;
}

void PersonDialog::accept()
{
    if (m_name->text().trimmed().isEmpty()) {
        m_problem->setText(tr("Please fill in the name."));
        m_problem->show();
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}
