/**
 * A scrolly figure's step buttons and status, copied from the page's one template (components/StepControlsTemplate.astro)
 * into the figure's graphic, under its drawings. The status is filled in by the chart as it shows its first step.
 */
export function addStepControls(figure: HTMLElement): void {
  const template = document.querySelector<HTMLTemplateElement>('template[data-step-controls]');
  const controls = template?.content.firstElementChild?.cloneNode(true);
  if (controls) figure.querySelector('.chart-graphic')?.append(controls);
}
