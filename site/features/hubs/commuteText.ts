/** The commute and climate calculator's words and numbers, in both languages. */
import { COMMUTE_ASSUMPTIONS, REGION_GOAL, type CommuteError, type CommuteErrorKind, type GoalContribution } from './commute.ts'
import { INTL_LOCALE, type Locale } from '../../lib/i18n.ts'
import { defineText } from '../../lib/text.ts'

/** Whole numbers, or one decimal under ten, in the page's number style. */
export function formatAmount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: Math.abs(value) < 10 ? 1 : 0 }).format(value)
}

export function formatPercent(share: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: 0 }).format(share)
}

const A = COMMUTE_ASSUMPTIONS

export const commuteText = defineText(
  {
    heading: 'Pendling och klimat',
    intro: 'Jämför att pendla med bil till Östersund varje arbetsdag med att arbeta på den hubb som ligger närmast ditt hem.',
    home: 'Var bor du?',
    homeHint: 'En ort eller kommun i länet, eller koordinater (latitud, longitud), till exempel Hammarstrand eller 63.10, 16.35.',
    days: 'Dagar i veckan på hubben i stället för i Östersund',
    submit: 'Räkna',
    errorsHeading: 'Vi kunde inte räkna',
    errorTitle: (page: string) => `Fel i beräkningen: ${page}`,
    resultHeading: (home: string) => `Från ${home}`,
    nearestHub: 'Närmaste hubb',
    roadToDestination: 'Vägavstånd till Östersund, enkel resa',
    roadToHub: 'Vägavstånd till hubben, enkel resa',
    kmSaved: 'Kortare resväg per vecka',
    timeSaved: 'Restid du sparar per vecka',
    co2Saved: 'Mindre koldioxid per år',
    km: (n: string) => `${n} km`,
    hours: (n: string) => `${n} timmar`,
    kg: (n: string) => `${n} kg`,
    daysNote: (days: number) => (days === 1 ? 'Räknat på en dag i veckan.' : `Räknat på ${days} dagar i veckan.`),
    noSaving: (hub: string) => `${hub} ligger inte närmare dig än Östersund, så att arbeta där sparar ingen resväg.`,
    otherHub: (here: string, km: string) => `Till ${here}, hubben på den här sidan, är det ungefär ${km} km på väg.`,
    changeDays: (hub: string) => `Räkna med färre dagar i veckan på sidan för ${hub}`,
    goalHeading: 'Regionens klimatmål',
    goal: (g: GoalContribution, share: string, goalShare: string, years: string | null) => {
      const aim = `Regionens mål är ${Math.round(REGION_GOAL.reductionPerYear * 100)} procent mindre koldioxid varje år fram till ${REGION_GOAL.targetYear}.`
      const pace =
        g.yearsLeft > 0
          ? ` För din pendling betyder det ungefär ${goalShare} mindre till ${REGION_GOAL.targetYear} (${g.yearsLeft} år till med ${Math.round(REGION_GOAL.reductionPerYear * 100)} procent om året).`
          : ''
      const you = !Number.isFinite(g.equivalentYears)
        ? ` Att arbeta på hubben tar bort hela pendlingens utsläpp.`
        : ` Att arbeta på hubben minskar pendlingens utsläpp med ${share}, ${years === null ? 'mindre än ett års minskning i målets takt' : `lika mycket som ${years} år i målets takt`}.`
      const verdict = g.yearsLeft > 0 ? (g.meetsGoal ? ' Ditt val räcker alltså för din del av målet.' : ' Ditt val är ett steg på vägen mot din del av målet.') : ''
      return aim + pace + you + verdict
    },
    assumptionsHeading: 'Så räknar vi',
    assumptions: [
      `Utsläpp: ${new Intl.NumberFormat('sv-SE').format(A.emissionGramsPerKm)} gram koldioxid per kilometer, det genomsnittliga certifierade utsläppet från avgasröret för alla personbilar i trafik i Sverige ${A.emissionYear} (körcykeln NEDC, elbilar räknas som noll). Källa: den nationella indikatorn ”Genomsnittliga koldioxidutsläpp hos fordon”, SCB med Trafikverkets modell. En bensin- eller dieselbil släpper ut mer, så besparingen är snarare för lågt räknad.`,
      `Vägavstånd: fågelvägen gånger ${formatAmount(A.detourFactor, 'sv')}, medelkvoten mellan vägavstånd och fågelväg från kommunernas centralorter till Östersund.`,
      `Restid: ${A.speedKmh} km/h i genomsnitt med bil.`,
      `Ett år har ${A.workingWeeksPerYear} arbetsveckor (52 veckor minus semester och helgdagar). Resan till hubben räknas också som bilresa.`,
    ],
    errors: {
      'home-missing': () => 'Skriv var du bor: en ort eller kommun i länet, eller koordinater.',
      'home-unknown': (v: string) => `Platsen ”${v}” hittar vi inte. Skriv en ort eller kommun i länet, eller koordinater.`,
      'home-too-long': () => 'Platsen är för lång. Skriv en ort eller kommun i länet, eller koordinater.',
      'coordinates-invalid': (v: string) => `”${v}” är inte koordinater vi kan läsa. Skriv latitud och longitud, till exempel 63.18, 14.64.`,
      'coordinates-range': (v: string) => `Koordinaterna ”${v}” ligger utanför jorden: latitud −90 till 90, longitud −180 till 180.`,
      days: (v: string) => `”${v}” är inget antal dagar vi kan räkna med. Välj 1 till 5 dagar i veckan.`,
    } satisfies Record<CommuteErrorKind, (value: string) => string>,
  },
  {
    heading: 'Commute and climate',
    intro: 'Compare commuting by car to Östersund every working day with working at the hub nearest your home.',
    home: 'Where do you live?',
    homeHint: 'A locality or municipality in the county, or coordinates (latitude, longitude), for example Hammarstrand or 63.10, 16.35.',
    days: 'Days a week at the hub instead of in Östersund',
    submit: 'Calculate',
    errorsHeading: 'We could not calculate',
    errorTitle: (page: string) => `Error in the calculation: ${page}`,
    resultHeading: (home: string) => `From ${home}`,
    nearestHub: 'Nearest hub',
    roadToDestination: 'Road distance to Östersund, one way',
    roadToHub: 'Road distance to the hub, one way',
    kmSaved: 'Shorter travel per week',
    timeSaved: 'Travel time saved per week',
    co2Saved: 'Less carbon dioxide per year',
    km: (n: string) => `${n} km`,
    hours: (n: string) => `${n} hours`,
    kg: (n: string) => `${n} kg`,
    daysNote: (days: number) => (days === 1 ? 'Based on one day a week.' : `Based on ${days} days a week.`),
    noSaving: (hub: string) => `${hub} is no closer to you than Östersund, so working there saves no travel.`,
    otherHub: (here: string, km: string) => `${here}, the hub on this page, is about ${km} km away by road.`,
    changeDays: (hub: string) => `Calculate with fewer days a week on the page for ${hub}`,
    goalHeading: 'The region’s climate goal',
    goal: (g: GoalContribution, share: string, goalShare: string, years: string | null) => {
      const aim = `The region’s goal is ${Math.round(REGION_GOAL.reductionPerYear * 100)} per cent less carbon dioxide every year until ${REGION_GOAL.targetYear}.`
      const pace =
        g.yearsLeft > 0
          ? ` For your commute that means about ${goalShare} less by ${REGION_GOAL.targetYear} (${g.yearsLeft} more years at ${Math.round(REGION_GOAL.reductionPerYear * 100)} per cent a year).`
          : ''
      const you = !Number.isFinite(g.equivalentYears)
        ? ' Working at the hub removes all of the commute’s emissions.'
        : ` Working at the hub cuts the commute’s emissions by ${share}, ${years === null ? 'less than one year’s cut at the goal’s pace' : `as much as ${years} years at the goal’s pace`}.`
      const verdict = g.yearsLeft > 0 ? (g.meetsGoal ? ' Your choice alone covers your share of the goal.' : ' Your choice is a step towards your share of the goal.') : ''
      return aim + pace + you + verdict
    },
    assumptionsHeading: 'How we calculate',
    assumptions: [
      `Emissions: ${new Intl.NumberFormat('en-GB').format(A.emissionGramsPerKm)} grams of carbon dioxide per kilometre, the average certified tailpipe emissions of all cars in traffic in Sweden in ${A.emissionYear} (NEDC test cycle, electric cars counted as zero). Source: the national indicator “Genomsnittliga koldioxidutsläpp hos fordon” (average CO2 emissions of vehicles), Statistics Sweden with Trafikverket’s model. A petrol or diesel car emits more, so the saving is if anything too low.`,
      `Road distance: the straight-line distance times ${formatAmount(A.detourFactor, 'en')}, the mean ratio of road to straight-line distance from the municipal seats to Östersund.`,
      `Travel time: ${A.speedKmh} km/h on average by car.`,
      `A year has ${A.workingWeeksPerYear} working weeks (52 weeks less holidays and public holidays). The trip to the hub is counted as a car trip too.`,
    ],
    errors: {
      'home-missing': () => 'Say where you live: a locality or municipality in the county, or coordinates.',
      'home-unknown': (v: string) => `We cannot find the place “${v}”. Give a locality or municipality in the county, or coordinates.`,
      'home-too-long': () => 'The place is too long. Give a locality or municipality in the county, or coordinates.',
      'coordinates-invalid': (v: string) => `“${v}” are not coordinates we can read. Give latitude and longitude, for example 63.18, 14.64.`,
      'coordinates-range': (v: string) => `The coordinates “${v}” are off the globe: latitude −90 to 90, longitude −180 to 180.`,
      days: (v: string) => `“${v}” is not a number of days we can use. Choose 1 to 5 days a week.`,
    } satisfies Record<CommuteErrorKind, (value: string) => string>,
  },
)

/** One sentence per error, in the page's language. */
export function commuteErrorMessages(errors: ReadonlyArray<CommuteError>, locale: Locale): string[] {
  return errors.map((error) => commuteText(locale).errors[error.kind](error.value))
}

/** The goal paragraph in plain words, for a cut of `reductionShare` of the commute's CO2. */
export function goalSentence(g: GoalContribution, reductionShare: number, locale: Locale): string {
  const years = g.equivalentYears < 1 ? null : String(Math.floor(g.equivalentYears))
  return commuteText(locale).goal(g, formatPercent(reductionShare, locale), formatPercent(g.goalShare, locale), years)
}
