#include "SettingsDialog.h"

#include "FileDialog.h"
#include "Language.h"
#include "MessageBox.h"
#include "RiskThresholdsEditor.h"
#include "storage/SettingsRepository.h"
#include "storage/Workspace.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_province(new QLineEdit(this))
    , m_regency(new QLineEdit(this))
    , m_regencyCode(new QLineEdit(this))
    , m_government(new QLineEdit(this))
    , m_office(new QLineEdit(this))
    , m_letterhead(new QPlainTextEdit(this))
    , m_address(new QLineEdit(this))
    , m_signingPlace(new QLineEdit(this))
    , m_logo(new QLabel(this))
    , m_thresholds(new RiskThresholdsEditor(this))
    , m_language(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    if (m_workspace) {
        SettingsRepository repository(*m_workspace);
        auto loaded = repository.load();
        if (loaded)
            m_settings = *loaded;
        m_thresholds->setThresholds(RiskThresholds::fromMap(repository.values(QStringLiteral("risk."))));
    }
    m_province->setText(m_settings.province);
    m_regency->setText(m_settings.regency);
    m_regency->setPlaceholderText(tr("e.g. Kabupaten Sukamaju"));
    m_regencyCode->setText(m_settings.regencyCode);
    m_regencyCode->setPlaceholderText(tr("e.g. 32.04"));
    m_government->setText(m_settings.governmentName);
    m_government->setPlaceholderText(tr("e.g. PEMERINTAH KABUPATEN SUKAMAJU"));
    m_office->setText(m_settings.officeName);
    m_office->setPlaceholderText(tr("e.g. DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA"));
    m_letterhead->setPlainText(m_settings.letterheadLines);
    m_letterhead->setPlaceholderText(tr("Telephone, e-mail, website: one line each"));
    m_address->setText(m_settings.address);
    m_address->setPlaceholderText(tr("e.g. Jalan Raya Sukamaju No. 17, Sukamaju 45191"));
    m_letterhead->setFixedHeight(70);
    m_signingPlace->setText(m_settings.signingPlace);
    m_logo->setFixedSize(72, 72);
    m_logo->setAlignment(Qt::AlignCenter);
    m_logo->setFrameShape(QFrame::StyledPanel);
    showLogo();
    auto *chooseLogo = new QPushButton(tr("Choose logo…"), this);
    auto *removeLogo = new QPushButton(tr("Remove logo"), this);

    auto *district = new QWidget(this);
    auto *form = new QFormLayout(district);
    auto *districtNote = new QLabel(tr("Printed on the letterhead of every document."), district);
    form->addRow(districtNote);
    form->addRow(tr("Province:"), m_province);
    form->addRow(tr("Regency or city: *"), m_regency);
    form->addRow(tr("Kemendagri code:"), m_regencyCode);
    form->addRow(tr("Government name:"), m_government);
    form->addRow(tr("Office name: *"), m_office);
    form->addRow(tr("Office address:"), m_address);
    form->addRow(tr("Letterhead lines:"), m_letterhead);
    form->addRow(tr("Place for signatures:"), m_signingPlace);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(removeLogo);
    logoRow->addStretch(1);
    form->addRow(tr("Logo:"), logoRow);
    district->setEnabled(m_workspace != nullptr);
    m_thresholds->setEnabled(m_workspace != nullptr);

    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language::current())));
    auto *interface = new QWidget(this);
    auto *interfaceForm = new QFormLayout(interface);
    interfaceForm->addRow(tr("Language:"), m_language);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(district, tr("&District"));
    tabs->addTab(m_thresholds, tr("&Risk thresholds"));
    tabs->addTab(interface, tr("&Interface"));

    m_problem->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());

    connect(chooseLogo, &QPushButton::clicked, this, &SettingsDialog::chooseLogo);
    connect(removeLogo, &QPushButton::clicked, this, [this] {
        m_settings.logo.clear();
        showLogo();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

void SettingsDialog::chooseLogo()
{
    const QString path = FileDialog::openFileName(this, tr("Choose the district's logo"), tr("Images (*.png *.svg)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    const bool readable = file.open(QIODevice::ReadOnly) && file.size() <= 2 * 1024 * 1024;
    const QByteArray bytes = readable ? file.readAll() : QByteArray();
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray format = QImageReader::imageFormat(&buffer);
    if (!readable || (format != "png" && format != "svg") || QImage::fromData(bytes).isNull()) {
        MessageBox::warning(this, tr("Logo"),
                            tr("%1 cannot be used as a logo: choose a PNG or SVG image under 2 MB.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_settings.logo = bytes;
    showLogo();
}

void SettingsDialog::showLogo()
{
    m_logo->clear();
    QPixmap pixmap;
    if (!m_settings.logo.isEmpty() && pixmap.loadFromData(m_settings.logo))
        m_logo->setPixmap(pixmap.scaled(m_logo->size() - QSize(6, 6), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    else
        m_logo->setText(m_settings.logo.isEmpty() ? tr("none") : tr("logo"));
}

void SettingsDialog::accept()
{
    if (m_workspace) {
        QStringList missing;
        if (m_regency->text().trimmed().isEmpty())
            missing << tr("the regency or city");
        if (m_office->text().trimmed().isEmpty())
            missing << tr("the office name");
        if (!missing.isEmpty()) {
            m_problem->setText(tr("Please fill in %1: documents cannot be printed without it.").arg(missing.join(tr(" and "))));
            m_problem->show();
            (m_regency->text().trimmed().isEmpty() ? m_regency : m_office)->setFocus();
            return;
        }
        m_settings.province = m_province->text().trimmed();
        m_settings.regency = m_regency->text().trimmed();
        m_settings.regencyCode = m_regencyCode->text().trimmed();
        m_settings.governmentName = m_government->text().trimmed();
        m_settings.officeName = m_office->text().trimmed();
        m_settings.letterheadLines = m_letterhead->toPlainText().trimmed();
        m_settings.address = m_address->text().trimmed();
        m_settings.signingPlace = m_signingPlace->text().trimmed();
        SettingsRepository repository(*m_workspace);
        const QMap<QString, QString> thresholds = m_thresholds->thresholds().toMap();
        const Status saved = m_workspace->write([&]() -> Status {
            Status status = repository.save(m_settings);
            for (auto it = thresholds.cbegin(); status && it != thresholds.cend(); ++it)
                status = repository.setValue(it.key(), it.value());
            return status;
        });
        if (!saved) {
            MessageBox::critical(this, tr("Settings"), saved.error());
            return;
        }
    }
    const QString language = m_language->currentData().toString();
    if (language != Language::current()) {
        QSettings().setValue(QStringLiteral("interface/language"), language);
        Q_EMIT languageChanged(language);
    }
    QDialog::accept();
}
