import { Card, CardBody, CardFooter, CardGroup, CardHeader } from "../uswds";
import { useState } from "react";
import { useText } from "../l10n/useText";
import { hrefFor, JOBS } from "../routing/routes";
import { useSession } from "../session/SessionProvider";
import { AccountOverview } from "./home/AccountOverview";
import { SignInPrompt } from "./home/SignInPrompt";
import { ScreenLayout } from "./ScreenLayout";

/** Above the jobs: the parent's cases once signed in, else the invitation to sign in. */
function Account() {
  const session = useSession();
  const [startedHere, setStartedHere] = useState(false);
  const state = session.state;
  if (state === null) return null;
  if (state.state === "signed_in") {
    // One parent's data per mount: signing out (or in as someone else) starts afresh.
    return <AccountOverview key={state.participant.id} remembered={state.remembered} focusHeading={startedHere} />;
  }
  const signIn = () => {
    setStartedHere(true);
    session.signIn();
  };
  return <SignInPrompt onSignIn={signIn} />;
}

export default function Home() {
  const t = useText();
  return (
    <ScreenLayout screen="home" title={t("home-title")}>
      <p className="usa-intro app-intro">{t("home-intro")}</p>
      <Account />
      <CardGroup aria-label={t("home-jobs-label")} className="app-jobs">
        {JOBS.map((job) => (
          <Card key={job} className="tablet:grid-col-6 desktop:grid-col-4 app-job-card">
            <CardHeader>
              <h2 className="usa-card__heading">{t(`home-${job}-title`)}</h2>
            </CardHeader>
            <CardBody>
              <p>{t(`home-${job}-text`)}</p>
            </CardBody>
            <CardFooter>
              <a className="usa-button" href={hrefFor(job)}>
                {t(`home-${job}-link`)}
              </a>
            </CardFooter>
          </Card>
        ))}
      </CardGroup>
    </ScreenLayout>
  );
}
