"""Demo data of the assessments app: question banks, quizzes, reflection assignments, policies, some activity and
the board's yearly targets."""


def load_assessments() -> None:
    from assessments.demo.activity import load_activity
    from assessments.demo.course_setup import load_course_setup
    from assessments.demo.graduates import load_graduates
    from assessments.demo.questions import load_questions
    from assessments.demo.targets import load_targets

    load_questions()
    load_course_setup()
    load_activity()
    load_graduates()
    load_targets()
