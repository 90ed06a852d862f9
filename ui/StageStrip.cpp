#include "StageStrip.h"

#include "StageCard.h"

#include <QHBoxLayout>

StageStrip::StageStrip(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
}

void StageStrip::setProgress(const QList<StageProgress> &stages)
{
    qDeleteAll(m_cards);
    m_cards.clear();
    for (int i = 0; i < stages.size(); ++i) {
        auto *card = new StageCard(stages.at(i), i + 1, this);
        connect(card, &StageCard::openRequested, this, &StageStrip::stageRequested);
        layout()->addWidget(card);
        m_cards.append(card);
    }
}
