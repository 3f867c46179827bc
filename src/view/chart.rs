//! The chart of all six areas (and the four kinds of developing resources) as SVG bars, with an
//! equivalent table for screen readers.
//!
//! A bar says what its word says: a "Mixed" row (strong answers where a present sign bears on
//! the area) is drawn light, with a dashed edge, not as a full solid bar, and the chart says in
//! plain words what "Mixed" means. A kind of resource under such an area reads "Mixed" too,
//! never "Strong".

use yew::prelude::*;

use super::Env;
use crate::domain::i18n::{msg, vars};
use crate::domain::scoring::{Level, Results, Tally};
use crate::domain::summary::level_key;

/// The bar's drawing width; the SVG stretches it to the space the layout gives.
const BAR_WIDTH: u32 = 100;

/// One row of the chart: a label, whether it is a facet, its tally and its level in words.
struct Row<'a> {
    label: &'a str,
    facet: bool,
    tally: &'a Tally,
    level: Level,
}

fn rows<'a>(results: &'a Results, env: &'a Env) -> Vec<Row<'a>> {
    let mut rows = Vec::new();
    for result in results.charted() {
        let Some(area) = env.content.area(result.area) else {
            continue;
        };
        rows.push(Row {
            label: area.title.get(env.locale),
            facet: false,
            tally: &result.tally,
            level: results.level(&env.content, &result.tally, Some(result.area)),
        });
        for (facet, tally) in &result.facets {
            if let Some(f) = area.facets.iter().find(|f| f.id == *facet) {
                rows.push(Row {
                    label: f.title.get(env.locale),
                    facet: true,
                    tally,
                    // Judged with its area: never "Strong" where a present sign bears on it.
                    level: results.level(&env.content, tally, Some(result.area)),
                });
            }
        }
    }
    rows
}

/// Bars for every area and facet; "not enough answers" rows have no bar and say so.
pub fn area_chart(env: &Env, results: &Results) -> Html {
    let rows = rows(results, env);
    let mixed = rows.iter().any(|r| r.level == Level::Mixed);
    html! {
        <div class="mp-chart">
            <ul class="mp-chart-rows" aria-hidden="true">
                { for rows.iter().enumerate().map(|(n, row)| {
                    let width = row.tally.score.map_or(0, u32::from) * BAR_WIDTH / 100;
                    let cells = html! {
                        <>
                            <span class="mp-chart-label">{ row.label }</span>
                            <svg class="mp-chart-bar" viewBox={format!("0 0 {BAR_WIDTH} 10")} preserveAspectRatio="none" focusable="false">
                                <rect class="mp-chart-track" x="0" y="0" width={BAR_WIDTH.to_string()} height="10" rx="2" />
                                if row.tally.score.is_some() {
                                    if row.level == Level::Mixed {
                                        <rect class="mp-chart-fill mp-chart-fill-mixed" x="0" y="0" width={width.to_string()} height="10" rx="2" />
                                    } else {
                                        <rect class="mp-chart-fill" x="0" y="0" width={width.to_string()} height="10" rx="2" />
                                    }
                                }
                            </svg>
                            <span class="mp-chart-value">{ env.t(level_key(row.level)) }</span>
                        </>
                    };
                    // Class values written out in full (see `questions::item_field`).
                    if row.facet {
                        html! { <li key={n} class="mp-chart-row mp-chart-facet">{ cells }</li> }
                    } else {
                        html! { <li key={n} class="mp-chart-row">{ cells }</li> }
                    }
                }) }
            </ul>
            if mixed {
                <p class="mp-muted mp-mixed-note">{ env.t(msg::RESULTS_MIXED_NOTE) }</p>
            }
            <div class="mp-visually-hidden">
            <table>
                <caption>{ env.t(msg::RESULTS_TABLE_CAPTION) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ env.t(msg::RESULTS_COL_AREA) }</th>
                        <th scope="col">{ env.t(msg::RESULTS_COL_LEVEL) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for rows.iter().enumerate().map(|(n, row)| html! {
                        <tr key={n}>
                            <th scope="row">{ row.label }</th>
                            <td>
                                { env.t(level_key(row.level)) }
                                if let Some(score) = row.tally.score {
                                    { " (" }{ env.strings.format(msg::RESULTS_SCORE, vars::Score { score: &env.num(usize::from(score)) }) }{ ")" }
                                }
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
            </div>
        </div>
    }
}
