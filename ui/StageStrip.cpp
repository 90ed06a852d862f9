#include "StageStrip.h"

#include "StageCard.h"

#include <QHBoxLayout>
#include <QLabel>

StageStrip::StageStrip(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
}

void StageStrip::setProgress(const QList<StageProgress> &stages)
{
    qDeleteAll(m_cards);
    m_cards.clear();
    qDeleteAll(m_links);
    m_links.clear();
    auto *row = static_cast<QHBoxLayout *>(layout());
    for (int i = 0; i < stages.size(); ++i) {
        if (i > 0) {
            // The arrow says the stages follow one another; it carries no other meaning.
            auto *link = new QLabel(QStringLiteral("\u25B6"), this);
            link->setStyleSheet(QStringLiteral("color: #9aa0a6; font-size: 9pt;"));
            link->setAccessibleName(QString());
            row->addWidget(link, 0, Qt::AlignVCenter);
            m_links.append(link);
        }
        auto *card = new StageCard(stages.at(i), i + 1, this);
        connect(card, &StageCard::openRequested, this, &StageStrip::stageRequested);
        row->addWidget(card, 1);
        m_cards.append(card);
    }
}
