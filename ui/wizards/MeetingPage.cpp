#include "wizards/MeetingPage.h"

#include "wizards/MeetingWizard.h"

MeetingPage::MeetingPage(MeetingWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
}

void MeetingPage::initializePage()
{
    display(m_wizard->draft());
}

bool MeetingPage::validatePage()
{
    return m_wizard->storePage(this);
}

void MeetingPage::cleanupPage()
{
    collect(m_wizard->draft());
}
