"""What a graded class leaves behind: a feedback page per learner, a class CSV and chart.

Everything is in the kit's language. A feedback page shows, for each step, the points and
either "done" or the hint the check gave; it never shows a test's code, so hidden tests
stay hidden.
"""

from __future__ import annotations

import csv
import html
import io
import json
from typing import TYPE_CHECKING

from matplotlib.ticker import MaxNLocator

from makerkit.display import PALETTE, Picture, font_size, new_figure, to_picture
from makerkit.files import write_text
from makerkit.i18n import number, t
from makerkit.kits.pages import page

if TYPE_CHECKING:
    from makerkit.kits.results import ClassResult, LearnerResult

__all__ = ["write_reports", "feedback_html", "class_csv", "class_chart"]


def write_reports(result: ClassResult) -> None:
    """Write ``feedback/<id>.html``, ``class.csv``, ``class.png`` (+ ``.txt``) and ``results.json``."""
    import warnings

    out = result.out_dir
    out.mkdir(parents=True, exist_ok=True)
    result.feedback_dir.mkdir(exist_ok=True)
    # Grading a class again replaces its reports; the previous ones are still kept in
    # .makerkit-backup, without a warning for each file.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        for learner in result.learners:
            page = feedback_html(result, learner)
            write_text(result.feedback_dir / f"{learner.learner}.html", page)
        write_text(out / "class.csv", class_csv(result))
        class_chart(result).save(out / "class.png")
        summary = json.dumps(result.as_dict(), indent=2, ensure_ascii=False)
        write_text(out / "results.json", summary)


def feedback_html(result: ClassResult, learner: LearnerResult) -> str:
    """One learner's page: score, each step done or its hint, notes; no test code."""
    lang, esc = result.lang, html.escape
    parts = [
        f"<h1>{esc(t('kits.feedback_title', lang=lang, title=result.title))}</h1>",
        f'<p class="meta">{esc(t("kits.feedback_for", lang=lang, learner=learner.learner))}</p>',
        f'<p class="score">{esc(t("kits.feedback_score", lang=lang, score=learner.score, max_score=learner.max_score, count=learner.score))}</p>',
        f"<p>{esc(_cheer(learner, lang))}</p>",
        f"<h2>{esc(t('kits.feedback_steps', lang=lang))}</h2>",
        "<table><thead><tr>"
        f"<th>{esc(t('kits.feedback_step', lang=lang))}</th>"
        f"<th>{esc(t('kits.feedback_points', lang=lang))}</th>"
        f"<th>{esc(t('kits.feedback_comment', lang=lang))}</th></tr></thead><tbody>",
    ]
    for cell in learner.cells:
        if cell.passed:
            comment = f'<span class="ok">{esc(t("kits.feedback_done", lang=lang))}</span>'
        else:
            comment = f'<span class="todo">{esc(cell.hint or "")}</span>'
        parts.append(
            f"<tr><td>{esc(cell.title)}</td><td>{number(cell.score, 2)} / {number(cell.max_score, 2)}</td>"
            f"<td>{comment}</td></tr>"
        )
    parts.append("</tbody></table>")
    if learner.notes:
        notes = "".join(
            f"<li>{esc(t(key, lang=lang, **values))}</li>" for key, values in learner.notes
        )
        parts.append(f"<h2>{esc(t('kits.feedback_notes', lang=lang))}</h2><ul>{notes}</ul>")
    footer = esc(t("kits.feedback_footer", lang=lang))
    return page(
        t("kits.feedback_title", lang=lang, title=result.title), "\n".join(parts), lang, footer
    )


def _cheer(learner: LearnerResult, lang: str) -> str:
    if learner.max_score and learner.score >= learner.max_score:
        return t("kits.cheer_full", lang=lang)
    if learner.score > 0:
        return t("kits.cheer_some", lang=lang)
    return t("kits.cheer_none", lang=lang)


def class_csv(result: ClassResult) -> str:
    """The class table: one row per learner (graded or not), one column per step."""
    lang = result.lang
    steps = [c.title for c in result.learners[0].cells] if result.learners else []
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(
        [
            t("kits.csv_learner", lang=lang),
            t("kits.csv_score", lang=lang),
            t("kits.csv_max", lang=lang),
            t("kits.csv_percent", lang=lang),
            *steps,
            t("kits.csv_status", lang=lang),
        ]
    )
    for r in sorted(result.learners, key=lambda r: r.learner):
        percent = round(100 * r.score / r.max_score) if r.max_score else 0
        notes = "; ".join(t(k, lang=lang, **v) for k, v in r.notes)
        writer.writerow(
            [r.learner, f"{r.score:g}", f"{r.max_score:g}", percent]
            + [f"{c.score:g}" for c in r.cells]
            + [notes or t("kits.csv_graded", lang=lang)]
        )
    for rej in result.rejected:
        writer.writerow([rej.learner, "", "", "", *[""] * len(steps), rej.reason(lang)])
    return buf.getvalue()


def class_chart(result: ClassResult) -> Picture:
    """A bar per learner (their points), the full marks marked; with its alt text."""
    lang = result.lang
    learners = sorted(result.learners, key=lambda r: r.learner)
    height = max(2.5, 0.35 * len(learners) + 1.2)
    fig = new_figure(7, height)
    ax = fig.add_subplot()
    names = [r.learner for r in learners]
    scores = [r.score for r in learners]
    full = max((r.max_score for r in learners), default=0)
    colours = [PALETTE["green"] if full and s >= full else PALETTE["blue"] for s in scores]
    bars = ax.barh(range(len(names)), scores, color=colours)
    ax.bar_label(bars, labels=[number(s, 2) for s in scores], padding=3, fontsize=font_size(9))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_yticks(range(len(names)), names, fontsize=font_size(9))
    ax.invert_yaxis()
    if full:
        ax.axvline(full, color=PALETTE["black"], linestyle="--", linewidth=1)
        ax.set_xlim(0, full * 1.1)
    ax.set_xlabel(t("kits.chart_x", lang=lang), fontsize=font_size(10))
    ax.set_title(t("kits.chart_title", lang=lang, title=result.title), fontsize=font_size(11))
    fig.tight_layout()
    n = len(learners)
    mean = sum(scores) / n if n else 0.0
    alt = t(
        "kits.chart_alt",
        lang=lang,
        count=n,
        max_score=full,
        mean=mean,
        full=sum(1 for s in scores if full and s >= full),
        zero=sum(1 for s in scores if s == 0),
        rejected=len(result.rejected),
    )
    return to_picture(fig, alt, lang=lang)
