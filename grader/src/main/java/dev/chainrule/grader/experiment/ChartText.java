package dev.chainrule.grader.experiment;

import dev.chainrule.grader.exercise.Language;

/** Every word an experiment's chart shows (axis titles and series names), in English and in Korean. */
enum ChartText {
    LAYER("layer", "층"),
    GRADIENT_NORM("gradient norm |dP/dx_l|", "그래디언트 노름 |dP/dx_l|"),
    PLAIN("plain", "일반 신경망"),
    WITH_SHORTCUTS("with shortcuts", "숏컷이 있는 신경망"),
    HIDDEN_LAYERS("hidden layers", "은닉층 수"),
    MULTIPLICATIONS("multiplications", "곱셈 횟수"),
    PER_PATH("per-path differentiation (paths from one input)", "경로별 미분(한 입력에서 출발하는 경로 수)"),
    BACKPROP("backprop (one multiplication per link)", "역전파(연결마다 곱셈 한 번)");

    private final String english;
    private final String korean;

    ChartText(String english, String korean) {
        this.english = english;
        this.korean = korean;
    }

    String in(Language language) {
        return language == Language.KO ? korean : english;
    }
}
