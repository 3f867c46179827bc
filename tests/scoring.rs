#![cfg(not(target_arch = "wasm32"))]
//! Scoring rules on a small fixture questionnaire: area scores, signs, where to start, what is
//! already helping, and the safety flag. Each case states answers and what must come out.

mod common;

use common::{all, all_at_level, answers, fixture, with, PN};
use missing_pieces::domain::built_in::BuiltIn as _;
use missing_pieces::domain::content::{AreaId, FacetId, SignId};
use missing_pieces::domain::scoring::{score, Results};

/// What a case expects; `None` fields are not checked.
#[derive(Default)]
struct Expect {
    focus: &'static [&'static str],
    strengths: &'static [&'static str],
    signs: &'static [&'static str],
    safety: &'static [&'static str],
    scores: Option<[Option<u8>; 6]>,
}

fn ids_of_areas(ids: impl Iterator<Item = AreaId>) -> Vec<&'static str> {
    ids.map(AreaId::as_str).collect()
}

fn check(pairs: &[(&str, u8)], expected: Expect) -> Results {
    let content = fixture();
    let results = score(&content, &answers(pairs));
    assert_eq!(
        ids_of_areas(results.focus.iter().map(|f| f.area)),
        expected.focus,
        "where to start"
    );
    assert_eq!(
        ids_of_areas(results.strengths.iter().map(|s| s.area)),
        expected.strengths,
        "what is already helping"
    );
    assert_eq!(
        results
            .signs
            .iter()
            .map(|(s, _)| s.as_str())
            .collect::<Vec<_>>(),
        expected.signs,
        "signs"
    );
    assert_eq!(
        results
            .safety_answered
            .iter()
            .map(|k| k.as_str())
            .collect::<Vec<_>>(),
        expected.safety,
        "safety rules on the answers given"
    );
    assert!(
        results
            .safety_answered
            .iter()
            .all(|k| results.safety.contains(k)),
        "what holds on the answers given holds when unanswered questions are read as hard"
    );
    if let Some(scores) = expected.scores {
        let actual: Vec<Option<u8>> = results.areas.iter().map(|a| a.tally.score).collect();
        assert_eq!(actual, scores, "area scores");
    }
    results
}

#[test]
fn skipping_everything_ranks_nothing_and_keeps_help_close() {
    let results = check(
        &[],
        Expect {
            scores: Some([None; 6]),
            ..Expect::default()
        },
    );
    assert!(results
        .areas
        .iter()
        .all(|a| a.tally.skipped() == a.tally.total));
    // Nothing answered: every rule holds when the questions are read as hard, so help is
    // close, and the results say it rests on what was left unanswered.
    assert_eq!(results.safety.len(), fixture().safety.len());
    assert!(results.support_rests_on_unanswered());
}

#[test]
fn prefer_not_to_say_everywhere_is_treated_like_skipping() {
    let results = check(
        &all(PN),
        Expect {
            scores: Some([None; 6]),
            ..Expect::default()
        },
    );
    assert!(results
        .areas
        .iter()
        .all(|a| a.tally.prefer_not == a.tally.total));
}

#[test]
fn well_resourced_has_no_place_to_start_and_three_strengths_in_model_order() {
    check(
        &all_at_level(4),
        Expect {
            strengths: &["hope", "relational_support", "developing_resources"],
            scores: Some([Some(100); 6]),
            ..Expect::default()
        },
    );
}

#[test]
fn everything_low_starts_with_the_stabilising_areas_and_raises_safety() {
    check(
        &all_at_level(0),
        Expect {
            focus: &["hope", "relational_support", "developing_resources"],
            signs: &[
                "lost_hope",
                "isolation",
                "self_critical_voice",
                "refuses_self_compassion",
                "unmanaged_distress",
                "shutting_down",
                "overload",
                "discounting_strengths",
            ],
            safety: &["hope_and_distress", "no_hope"],
            scores: Some([Some(0); 6]),
            ..Expect::default()
        },
    );
}

#[test]
fn isolated_and_self_critical_starts_with_support_then_self_compassion() {
    let pairs = with(
        all_at_level(3),
        &[
            ("r1", 1),
            ("r2", 1),
            ("r3", 4),
            ("s1", 1),
            ("s2", 4),
            ("s3", 3),
        ],
    );
    check(
        &pairs,
        Expect {
            focus: &["relational_support", "self_compassion"],
            strengths: &["hope", "developing_resources", "mindful_attitude"],
            signs: &[
                "isolation",
                "self_critical_voice",
                "refuses_self_compassion",
            ],
            scores: Some([Some(75), Some(17), Some(75), Some(75), Some(17), Some(75)]),
            ..Expect::default()
        },
    );
}

#[test]
fn overloaded_and_shut_down_starts_with_a_mindful_attitude() {
    let pairs = with(
        all_at_level(2),
        &[("m1", 1), ("m2", 4), ("m3", 4), ("ds1", 1), ("ds2", 1)],
    );
    check(
        &pairs,
        Expect {
            focus: &["mindful_attitude", "developing_resources", "hope"],
            signs: &["unmanaged_distress", "shutting_down", "overload"],
            scores: Some([Some(50), Some(50), Some(44), Some(8), Some(50), Some(50)]),
            ..Expect::default()
        },
    );
}

#[test]
fn answering_only_one_area_scores_only_that_area() {
    check(
        &[("h1", 1), ("h2", 1), ("h3", 3)],
        Expect {
            focus: &["hope"],
            signs: &["lost_hope"],
            scores: Some([Some(25), None, None, None, None, None]),
            ..Expect::default()
        },
    );
}

#[test]
fn fewer_than_half_answered_is_not_enough_to_score() {
    check(
        &[("h1", 2)],
        Expect {
            scores: Some([None; 6]),
            ..Expect::default()
        },
    );
    // Two of three is enough; four of eight is exactly half, which is enough too.
    let results = check(
        &[
            ("h1", 2),
            ("h2", 2),
            ("ds1", 2),
            ("di1", 2),
            ("dc1", 2),
            ("df1", 2),
        ],
        Expect {
            focus: &["hope", "developing_resources"],
            scores: Some([Some(50), None, Some(50), None, None, None]),
            ..Expect::default()
        },
    );
    assert_eq!(results.areas[2].tally.answered, 4);
}

#[test]
fn prefer_not_to_say_does_not_count_towards_enough_answers() {
    check(
        &[("h1", PN), ("h2", PN), ("h3", 0)],
        Expect {
            scores: Some([None; 6]),
            ..Expect::default()
        },
    );
}

#[test]
fn reverse_worded_items_are_mirrored() {
    // h3 is reverse worded: agreeing fully (4) shows no resource.
    check(
        &[("h1", 4), ("h2", 4), ("h3", 4)],
        Expect {
            scores: Some([Some(67), None, None, None, None, None]),
            ..Expect::default()
        },
    );
    check(
        &[("h1", 4), ("h2", 4), ("h3", 0)],
        Expect {
            strengths: &["hope"],
            scores: Some([Some(100), None, None, None, None, None]),
            ..Expect::default()
        },
    );
}

#[test]
fn developing_resources_reports_each_facet() {
    let results = check(
        &[("ds1", 4), ("ds2", 4), ("di1", 0), ("di2", 0), ("dc1", 2)],
        Expect {
            focus: &["developing_resources"],
            scores: Some([None, None, Some(50), None, None, None]),
            ..Expect::default()
        },
    );
    let facets: Vec<(FacetId, Option<u8>)> = results.areas[2]
        .facets
        .iter()
        .map(|(f, t)| (*f, t.score))
        .collect();
    assert_eq!(
        facets,
        [
            (FacetId::Somatic, Some(100)),
            (FacetId::Imagery, Some(0)),
            (FacetId::CurrentField, Some(50)),
            (FacetId::Forgotten, None),
        ]
    );
}

#[test]
fn each_sign_fires_from_its_own_item() {
    let cases: [(SignId, &str, u8); 8] = [
        (SignId::LostHope, "h1", 0),
        (SignId::Isolation, "r3", 4),
        (SignId::SelfCriticalVoice, "s2", 4),
        (SignId::RefusesSelfCompassion, "s3", 3),
        (SignId::UnmanagedDistress, "ds1", 1),
        (SignId::ShuttingDown, "m3", 4),
        (SignId::Overload, "m2", 3),
        (SignId::DiscountingStrengths, "p3", 4),
    ];
    let content = fixture();
    for (sign, item, choice) in cases {
        let results = score(
            &content,
            &answers(&with(all_at_level(4), &[(item, choice)])),
        );
        let fired: Vec<SignId> = results.signs.iter().map(|(s, _)| *s).collect();
        assert_eq!(fired, [sign], "answering {item} with {choice}");
        assert_eq!(results.signs[0].1, [item.into()], "evidence for {sign:?}");
    }
}

#[test]
fn a_middling_answer_shows_no_sign() {
    check(
        &with(all_at_level(4), &[("h1", 2), ("r3", 2)]),
        Expect {
            strengths: &[
                "developing_resources",
                "mindful_attitude",
                "self_compassion",
            ],
            ..Expect::default()
        },
    );
}

#[test]
fn an_area_with_a_sign_comes_forward_on_equal_scores() {
    // Mindful attitude and self-compassion both score 50; only self-compassion has a sign.
    let pairs = with(
        all_at_level(4),
        &[
            ("m1", 2),
            ("m2", 2),
            ("m3", 2),
            ("s1", 4),
            ("s2", 4),
            ("s3", 2),
        ],
    );
    check(
        &pairs,
        Expect {
            focus: &["self_compassion", "mindful_attitude"],
            strengths: &["hope", "relational_support", "developing_resources"],
            signs: &["self_critical_voice"],
            ..Expect::default()
        },
    );
}

#[test]
fn a_stabilising_area_comes_forward_on_a_near_tie() {
    // Developing resources scores 53 and steadies first; mindful attitude scores 50.
    let pairs = with(
        all_at_level(4),
        &[
            ("ds1", 2),
            ("ds2", 2),
            ("di1", 2),
            ("di2", 2),
            ("dc1", 2),
            ("dc2", 2),
            ("df1", 2),
            ("df2", 3),
            ("m1", 2),
            ("m2", 2),
            ("m3", 2),
        ],
    );
    check(
        &pairs,
        Expect {
            focus: &["developing_resources", "mindful_attitude"],
            strengths: &["hope", "relational_support", "self_compassion"],
            scores: Some([
                Some(100),
                Some(100),
                Some(53),
                Some(50),
                Some(100),
                Some(100),
            ]),
            ..Expect::default()
        },
    );
}

#[test]
fn a_clearly_less_resourced_area_stays_ahead_of_one_with_a_sign() {
    // Mindful attitude scores 33 with no sign; self-compassion scores 42 with a sign.
    let pairs = with(
        all_at_level(4),
        &[
            ("m1", 0),
            ("m2", 2),
            ("m3", 2),
            ("s1", 2),
            ("s2", 4),
            ("s3", 1),
        ],
    );
    check(
        &pairs,
        Expect {
            focus: &["mindful_attitude", "self_compassion"],
            strengths: &["hope", "relational_support", "developing_resources"],
            signs: &["self_critical_voice"],
            scores: Some([
                Some(100),
                Some(100),
                Some(100),
                Some(33),
                Some(42),
                Some(100),
            ]),
            ..Expect::default()
        },
    );
}

#[test]
fn full_ties_keep_the_model_order() {
    check(
        &all_at_level(2),
        Expect {
            focus: &["hope", "relational_support", "developing_resources"],
            scores: Some([Some(50); 6]),
            ..Expect::default()
        },
    );
}

#[test]
fn where_to_start_quotes_the_lowest_answers_first() {
    let results = check(
        &with(all_at_level(4), &[("h1", 1), ("h2", 0), ("h3", 1)]),
        Expect {
            focus: &["hope"],
            strengths: &[
                "relational_support",
                "developing_resources",
                "mindful_attitude",
            ],
            signs: &["lost_hope"],
            ..Expect::default()
        },
    );
    let evidence: Vec<&str> = results.focus[0]
        .evidence
        .iter()
        .map(|i| i.as_str())
        .collect();
    assert_eq!(evidence, ["h2", "h1"]);
}

#[test]
fn very_low_hope_alone_raises_the_safety_flag() {
    check(
        &[("h1", 0)],
        Expect {
            signs: &["lost_hope"],
            safety: &["no_hope"],
            ..Expect::default()
        },
    );
}

#[test]
fn low_hope_with_unmanaged_distress_raises_the_safety_flag() {
    check(
        &[("h1", 1), ("ds1", 1)],
        Expect {
            signs: &["lost_hope", "unmanaged_distress"],
            safety: &["hope_and_distress"],
            ..Expect::default()
        },
    );
}

#[test]
fn sign_only_items_are_counted_as_asked_but_never_scored() {
    use missing_pieces::domain::answers::{Answers, Response};
    use missing_pieces::domain::content::{Content, Polarity};
    let content = Content::built_in();
    let area = AreaId::DevelopingResources;
    // Every resource at its fullest, every load at its heaviest.
    let answers: Answers = content
        .items_in(area)
        .map(|i| {
            let level = if i.sign_only { 0 } else { 4 };
            let choice = if i.polarity == Polarity::Reverse {
                4 - level
            } else {
                level
            };
            (i.id.clone(), Response::Choice(choice))
        })
        .collect();
    let results = score(&content, &answers);
    let tally = &results.area(area).unwrap().tally;
    assert_eq!(tally.total, content.items_in(area).count());
    assert_eq!(tally.answered, tally.total);
    assert_eq!(tally.score, Some(100));
    assert!(results.has_sign(SignId::Overload));
}
