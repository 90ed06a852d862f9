#include "StageCard.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int ShownMissingLines = 3;
}

StageCard::StageCard(const StageProgress &progress, int number, QWidget *parent)
    : QFrame(parent)
    , m_progress(progress)
    , m_status(new QLabel(this))
    , m_open(new QPushButton(tr("Open"), this))
{
    setObjectName(QStringLiteral("stageCard"));
    setFrameShape(QFrame::StyledPanel);
    setProperty("done", progress.done);
    setStyleSheet(progress.done ? QStringLiteral("#stageCard { background: #e6f4ea; border: 1px solid #5b9b6b; border-radius: 6px; }")
                                : QStringLiteral("#stageCard { background: #fff6e0; border: 1px solid #c79a2e; border-radius: 6px; }"));

    auto *title = new QLabel(QStringLiteral("<b>%1. %2</b>").arg(number).arg(enumName(progress.stage).toHtmlEscaped()), this);
    title->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setText(statusText());
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    if (!progress.missing.isEmpty())
        setToolTip(tr("Still lacking:") + QStringLiteral("\n• ") + progress.missing.join(QStringLiteral("\n• ")));
    m_open->setToolTip(tr("Open the wizard for this stage"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(title);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_open, 0, Qt::AlignLeft);
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(m_progress.stage); });
}

QString StageCard::statusText() const
{
    if (m_progress.done)
        return QStringLiteral("<span style='color:#1e6b34'>&#10004; %1</span>").arg(tr("Done").toHtmlEscaped());
    QStringList lines;
    for (int i = 0; i < m_progress.missing.size() && i < ShownMissingLines; ++i)
        lines.append(QStringLiteral("• ") + m_progress.missing.at(i).toHtmlEscaped());
    if (m_progress.missing.size() > ShownMissingLines)
        lines.append(tr("and %n more", nullptr, int(m_progress.missing.size() - ShownMissingLines)).toHtmlEscaped());
    return QStringLiteral("<span style='color:#8a5a00'>&#9888; %1</span><br>%2")
        .arg(tr("Not done").toHtmlEscaped(), lines.join(QStringLiteral("<br>")));
}
