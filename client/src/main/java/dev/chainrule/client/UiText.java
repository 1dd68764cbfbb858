package dev.chainrule.client;

/**
 * Every sentence and label the client shows, in English and Korean side by side. {@code {0}}, {@code {1}}, ... are
 * filled in by {@link Messages#format}. Korean uses the polite 합니다 style and the course's terms (그래디언트, 순전파,
 * 역전파, 예측, 실험, 제출, 확인). {@code UiTextTest} holds every entry to both languages.
 */
enum UiText {
    CHECK("Check", "확인"),
    SUBMIT("Submit", "제출"),
    COMMIT_PREDICTION("Commit prediction", "예측 확정"),
    RUN_EXPERIMENT("Run the experiment", "실험 실행"),
    SUBMITTING("Submitting…", "제출하는 중…"),
    SERVER_PREFIX("Server: ", "서버: "),
    CORRECT("Correct.", "맞습니다."),
    INCORRECT("Not correct.", "틀렸습니다."),
    EMPTY_ANSWER("Enter a number.", "숫자를 입력해 주십시오."),
    NETWORK_ERROR("Could not reach the server. Your answers are still here; try again.",
            "서버에 연결하지 못했습니다. 입력한 답은 그대로 있으니 다시 시도해 주십시오."),
    QUEUED("No connection: your submission is saved in this browser and goes to the server when the connection "
            + "returns. Checking works offline, so you can keep going.",
            "연결이 끊겼습니다. 제출한 답은 이 브라우저에 저장되었고 연결이 돌아오면 서버로 전송됩니다. 확인은 오프라인에서도 "
            + "되므로 계속 풀어도 됩니다."),
    QUEUED_WAITING("{0} saved submission(s) of this exercise will be sent when the connection returns.",
            "이 문제의 저장된 제출 {0}건은 연결이 돌아오면 전송됩니다."),
    SENT_LATER("Your saved submission has reached the server. ", "저장해 둔 제출이 서버에 전송되었습니다. "),
    BAD_REPLY("The server sent a reply the page cannot read. Try again.",
            "서버가 보낸 응답을 읽을 수 없습니다. 다시 시도해 주십시오."),
    BROKEN_EXERCISE("This exercise could not be loaded: ", "이 문제를 불러오지 못했습니다: "),
    UNSUPPORTED_KIND("This kind of exercise cannot be shown in the page yet: ",
            "이 유형의 문제는 아직 페이지에 표시할 수 없습니다: "),
    FORMULA_PLACEHOLDER("a formula, e.g. z*(1-z)*y", "수식 (예: z*(1-z)*y)"),
    SELECT_ONE("Select one answer.", "답을 하나 고르십시오."),
    SELECT_ALL("Select every statement that is true.", "옳은 설명을 모두 고르십시오."),
    PREDICT("Your prediction (commit it before you run the experiment):",
            "여러분의 예측 (실험을 실행하기 전에 확정하십시오):"),
    CARRIED_BACKWARD("Gradients are judged given your own upstream values: a gradient marked “correct, given your own "
            + "gradients” follows from what you entered for the nodes after it, which are not all right yet.",
            "그래디언트는 여러분이 입력한 위쪽 값을 기준으로 채점합니다. ‘입력한 그래디언트를 기준으로 맞습니다’로 표시된 "
            + "그래디언트는 그 뒤 노드에 입력한 값에서 올바르게 계산되었지만, 그 값들이 아직 모두 맞지는 않습니다."),
    CARRIED_FORWARD("Values are judged given your own earlier values: a value marked “correct, given your own values” "
            + "follows from what you entered for the nodes before it, which are not all right yet.",
            "값은 여러분이 앞에서 입력한 값을 기준으로 채점합니다. ‘입력한 값을 기준으로 맞습니다’로 표시된 값은 그 앞 "
            + "노드에 입력한 값에서 올바르게 계산되었지만, 그 값들이 아직 모두 맞지는 않습니다."),
    RUN_LOCKED("Commit a prediction first; then you can run the experiment.",
            "먼저 예측을 확정해야 실험을 실행할 수 있습니다."),
    EXPERIMENT_FAILED("The experiment could not run in this page: ", "이 페이지에서 실험을 실행하지 못했습니다: "),
    EXPLORE("Explore: change the network and the chart redraws (not submitted)",
            "탐색: 신경망을 바꾸면 차트가 다시 그려집니다 (제출되지 않음)"),
    RESET_SETTINGS("Back to the exercise's settings", "문제의 원래 설정으로"),
    SUBMITTED("Submitted: {0} of {1} correct (score {2})", "제출했습니다: {1}개 중 {0}개 정답 (점수 {2})"),
    COMMITTED("Prediction committed ({0}). Now run the experiment and see what happens.",
            "예측을 확정했습니다 ({0}). 이제 실험을 실행해 결과를 확인해 보십시오."),
    COMMITTED_CORRECT("correct", "맞음"),
    COMMITTED_WRONG("not correct", "틀림"),
    SERVER_ERROR("The server could not take the submission (HTTP {0}). Your answers are still here.",
            "서버가 제출을 받지 못했습니다 (HTTP {0}). 입력한 답은 그대로 있습니다."),
    SESSION_CHANGED("Your session changed (you logged in or out in another tab?). Reload the page, then submit again.",
            "세션이 바뀌었습니다(다른 탭에서 로그인하거나 로그아웃했나요?). 페이지를 새로 고친 뒤 다시 제출하십시오."),
    PARTIAL_CREDIT(" (partial credit {0})", " (부분 점수 {0})"),
    CAN_USE("You can use: {0} and {1}", "사용할 수 있는 이름: {0}, 함수: {1}"),
    MATRIX_ROWS("{0} rows of {1}, e.g. {2}", "{0}행 {1}열, 예: {2}"),
    MATRIX_ROW("1 row of {1}, e.g. {2}", "1행 {1}열, 예: {2}"),

    SETTING_DEPTH("Depth (layers)", "깊이 (층 수)"),
    SETTING_DEPTH_HIDDEN("Depth (hidden layers)", "깊이 (은닉층 수)"),
    SETTING_WIDTH("Width (neurons per layer)", "너비 (층마다 뉴런 수)"),
    SETTING_TANH("tanh instead of sigmoid", "시그모이드 대신 tanh"),
    VALUE_LAYER("1 layer", "1개 층"),
    VALUE_LAYERS("{0} layers", "{0}개 층"),
    VALUE_HIDDEN_LAYER("1 hidden layer", "은닉층 1개"),
    VALUE_HIDDEN_LAYERS("{0} hidden layers", "은닉층 {0}개"),
    VALUE_NEURON("1 neuron per layer", "층마다 뉴런 1개"),
    VALUE_NEURONS("{0} neurons per layer", "층마다 뉴런 {0}개"),

    // the graph widget
    GRAPH_LABEL_FORWARD("Computational graph of {0} with {1} nodes: type the value of each asked node in its box.",
            "{0}의 계산 그래프 (노드 {1}개): 질문한 노드마다 상자에 값을 입력하십시오."),
    GRAPH_LABEL_BACKWARD("Computational graph of {0} with {1} nodes: type the gradient of {0} in each asked node's box.",
            "{0}의 계산 그래프 (노드 {1}개): 질문한 노드마다 상자에 {0}의 그래디언트를 입력하십시오."),
    GRADIENT_PLACEHOLDER("gradient", "그래디언트"),
    VALUE_PLACEHOLDER("value", "값"),
    GRADIENT_INPUT_LABEL("Gradient ∂{0}/∂{1} at node {2}", "노드 {2}에서의 그래디언트 ∂{0}/∂{1}"),
    VALUE_INPUT_LABEL("Value of {0}: {1}", "{0}의 값: {1}"),
    NODE_VALUE("{0}, value {1}", "{0}, 값 {1}"),
    GRAPH_KEYS("Tab or Enter moves to the next box, Shift+Tab back; each value is checked as you type.",
            "Tab 또는 Enter 키로 다음 상자로, Shift+Tab 키로 이전 상자로 이동합니다. 입력하는 즉시 확인합니다."),
    // the step-through
    STEP_FORWARD("Forward: {0} = {1} = {2} = {3}.", "순전파: {0} = {1} = {2} = {3}."),
    STEP_SEED("The backward pass starts at the output: ∂{0}/∂{0} = 1.", "역전파는 출력에서 시작합니다: ∂{0}/∂{0} = 1."),
    RULE_ADD("Add gate {0}: it distributes, so each input gets the upstream gradient {1} unchanged.",
            "덧셈 게이트 {0}: 그래디언트를 나누어 줍니다. 각 입력은 위쪽 그래디언트({1})를 그대로 받습니다."),
    RULE_SUBTRACT("Subtract gate {0}: the first input gets the upstream gradient {1}, the second gets it with its "
            + "sign flipped.", "뺄셈 게이트 {0}: 첫째 입력은 위쪽 그래디언트({1})를 그대로, 둘째 입력은 부호를 바꾸어 받습니다."),
    RULE_MULTIPLY("Multiply gate {0}: it switches, so each input gets the upstream gradient times the other input.",
            "곱셈 게이트 {0}: 입력을 맞바꿉니다. 각 입력은 위쪽 그래디언트에 다른 입력의 값을 곱한 값을 받습니다."),
    RULE_MAX("Max gate {0}: it routes the whole gradient to the larger input, {1}; the other input gets 0.",
            "최댓값 게이트 {0}: 그래디언트 전체를 더 큰 입력({1})으로 보내고, 다른 입력은 0을 받습니다."),
    RULE_SIGMOID("Sigmoid gate {0}: its local slope comes from its output alone, z(1 − z) = {1}(1 − {1}) = {2}.",
            "시그모이드 게이트 {0}: 국소 기울기는 출력만으로 정해집니다. z(1 − z) = {1}(1 − {1}) = {2}."),
    RULE_TANH("tanh gate {0}: its local slope is 1 − z² = {1}.", "tanh 게이트 {0}: 국소 기울기는 1 − z² = {1}입니다."),
    RULE_RELU_PASSES("ReLU gate {0}: its input is positive, so it passes the gradient through unchanged.",
            "ReLU 게이트 {0}: 입력이 양수이므로 그래디언트를 그대로 통과시킵니다."),
    RULE_RELU_BLOCKS("ReLU gate {0}: its input is negative, so no gradient passes.",
            "ReLU 게이트 {0}: 입력이 음수이므로 그래디언트가 통과하지 못합니다."),
    RULE_EXP("exp gate {0}: its local slope is its own output, {1}.", "exp 게이트 {0}: 국소 기울기는 자기 출력값인 {1}입니다."),
    RULE_NEGATE("Negation {0}: the gradient changes sign.", "부호 반전 {0}: 그래디언트의 부호가 바뀝니다."),
    RULE_LOCAL("{0}: each input gets its local slope (this node's derivative with respect to it) times the upstream "
            + "gradient.", "{0}: 각 입력은 국소 기울기(이 노드를 그 입력으로 미분한 값)에 위쪽 그래디언트를 곱한 값을 받습니다."),
    STEPPER_OPEN("Step through the passes", "단계별로 따라가기"),
    STEPPER_CLOSE("Back to the exercise", "문제로 돌아가기"),
    STEPPER_LOCKED("Available after you submit: it shows every value and gradient.",
            "제출한 뒤에 볼 수 있습니다. 모든 값과 그래디언트를 보여 주기 때문입니다."),
    STEPPER_FIRST("First step", "처음으로"),
    STEPPER_BACK("Previous step", "이전 단계"),
    STEPPER_PLAY("Play", "재생"),
    STEPPER_PAUSE("Pause", "일시 정지"),
    STEPPER_NEXT("Next step", "다음 단계"),
    STEPPER_TOOLBAR("Step-through controls (the arrow keys also step)", "단계별 보기 조작 (화살표 키로도 이동합니다)"),
    STEPPER_FORWARD_PROGRESS("Forward pass · step {0} of {1}", "순전파 · {1}단계 중 {0}단계"),
    STEPPER_BACKWARD_PROGRESS("Backward pass · step {0} of {1}", "역전파 · {1}단계 중 {0}단계"),
    STEPPER_START("The parameters are given; press Next step or Play to run the forward pass, then the backward pass.",
            "매개변수는 주어져 있습니다. 다음 단계 또는 재생을 누르면 순전파에 이어 역전파가 진행됩니다."),
    // the chart
    LOG_SCALE(" (log scale)", " (로그 척도)"),
    CHART_SUMMARY("Line chart of {0} against {1}.", "{1}에 따른 {0}의 꺾은선 차트입니다."),
    CHART_SUMMARY_LOG("Line chart of {0} against {1}, logarithmic y axis.",
            "{1}에 따른 {0}의 꺾은선 차트이며, 세로축은 로그 척도입니다."),
    CHART_SERIES("{0}: from {1} ({2} = {3}) to {4} ({2} = {5}).",
            "{0}: {2} = {3}일 때 {1}에서 {2} = {5}일 때 {4}까지."),
    CHART_NO_VALUES("{0}: no values.", "{0}: 값이 없습니다."),
    CHART_STATIC("Static figure (for print and screen readers)", "정적인 그림 (인쇄와 화면 낭독기용)"),
    // the training lab
    TRAIN_LEGEND("Train it: a small network learns y = 0.8 sin(2x) in your browser, with and without shortcuts",
            "직접 학습시켜 보기: 작은 신경망이 브라우저 안에서 y = 0.8 sin(2x)를 학습합니다 (숏컷 있음과 없음)"),
    TRAIN_DEPTH("Hidden layers", "은닉층 수"),
    TRAIN_WIDTH("Neurons per layer", "층마다 뉴런 수"),
    TRAIN_ACTIVATION("Activation", "활성화 함수"),
    TRAIN_SIGMOID("sigmoid", "시그모이드"),
    TRAIN_BUTTON("Train again", "다시 학습"),
    TRAIN_RUNNING("Training…", "학습하는 중…"),
    TRAIN_DONE("Both networks took {0} steps of gradient descent on {1} numbers each, in {2} ms.",
            "두 신경망이 각각 수 {1}개를 경사 하강법으로 {0}단계 학습했습니다 ({2} ms)."),
    EXP_TRAINING_STEP("training step", "학습 단계"),
    EXP_LOSS("loss (mean squared error)", "손실 (평균제곱오차)"),
    // the grader's experiment labels, matched by their English text
    EXP_LAYER("layer", "층"),
    EXP_GRADIENT_NORM("gradient norm |dP/dx_l|", "그래디언트 크기 |dP/dx_l|"),
    EXP_PLAIN("plain", "숏컷 없음"),
    EXP_SHORTCUTS("with shortcuts", "숏컷 있음"),
    EXP_HIDDEN_LAYERS("hidden layers", "은닉층 수"),
    EXP_MULTIPLICATIONS("multiplications", "곱셈 횟수"),
    EXP_PER_PATH("per-path differentiation (paths from one input)", "경로별 미분 (입력 하나에서 나가는 경로 수)"),
    EXP_BACKPROP("backprop (one multiplication per link)", "역전파 (연결마다 곱셈 한 번)");

    private final String en;
    private final String ko;

    UiText(String en, String ko) {
        this.en = en;
        this.ko = ko;
    }

    String en() {
        return en;
    }

    String ko() {
        return ko;
    }
}
