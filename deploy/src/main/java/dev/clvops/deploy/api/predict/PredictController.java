package dev.clvops.deploy.api.predict;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/predict")
@Tag(name = "predict", description = "CLV of a customer summary with the champion model")
class PredictController {

    private final ChampionPredictor predictor;

    PredictController(ChampionPredictor predictor) {
        this.predictor = predictor;
    }

    @PostMapping
    @Operation(summary = "Predicts CLV, interval, value tier, recommended CAC and confidence for a customer summary")
    Prediction predict(@RequestBody CustomerSummary summary) {
        return predictor.predict(summary);
    }
}
