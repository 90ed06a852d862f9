#include "WelcomePage.h"

#include <QLabel>
#include <QCommandLinkButton>
#include <QVBoxLayout>

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(QStringLiteral("<h1>%1</h1>").arg(tr("Welcome to Tuntas")), this);
    auto *intro = new QLabel(tr("Tuntas keeps your district's stunting case audit, from the team's decree to the evaluation of the "
                                "follow-up plan, in one workspace file on this computer. How would you like to start?"),
                             this);
    intro->setWordWrap(true);
    m_new = choice(tr("Create a new workspace"), tr("For your district: Tuntas then asks for the office's details for the letterhead."));
    m_open = choice(tr("Open a workspace"), tr("A .tuntas file you or a colleague made before."));
    m_demo = choice(tr("Try the demonstration workspace"), tr("An invented district with a finished cycle and one in progress, to explore safely."));

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(12);
    column->addWidget(m_new);
    column->addWidget(m_open);
    column->addWidget(m_demo);
    column->addStretch(1);
    auto *holder = new QWidget(this);
    holder->setLayout(column);
    holder->setMaximumWidth(640);

    auto *layout = new QVBoxLayout(this);
    layout->addSpacing(40);
    layout->addWidget(holder, 1, Qt::AlignHCenter | Qt::AlignTop);

    connect(m_new, &QCommandLinkButton::clicked, this, &WelcomePage::newRequested);
    connect(m_open, &QCommandLinkButton::clicked, this, &WelcomePage::openRequested);
    connect(m_demo, &QCommandLinkButton::clicked, this, &WelcomePage::demoRequested);
}

QCommandLinkButton *WelcomePage::choice(const QString &title, const QString &explanation)
{
    return new QCommandLinkButton(title, explanation, this);
}
