import { Card, CardBody, CardFooter, CardGroup, CardHeader } from "@trussworks/react-uswds";
import { useText } from "../l10n/useText";
import { hrefFor, JOBS } from "../routing/routes";
import { ScreenLayout } from "./ScreenLayout";

export default function Home() {
  const t = useText();
  return (
    <ScreenLayout screen="home" title={t("home-title")}>
      <p className="usa-intro app-intro">{t("home-intro")}</p>
      <CardGroup aria-label={t("home-jobs-label")} className="app-jobs">
        {JOBS.map((job) => (
          <Card key={job} gridLayout={{ tablet: { col: 6 }, desktop: { col: 4 } }} className="app-job-card">
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
