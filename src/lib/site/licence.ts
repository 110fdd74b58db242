/**
 * The licence the report is reused under: the one home of its name and address, shown in the
 * footer and on /about/, and written into the open data (report.json's `licence`).
 */
export const REPORT_LICENCE = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  attribution: 'Contains public sector information published by Ofsted, © Crown copyright 2018, licensed under the Open Government Licence v3.0.',
};
