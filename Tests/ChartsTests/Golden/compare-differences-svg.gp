# Paired differences against the baseline base, one panel per metric (written by channelsim).
# Re-draw by hand from this directory:  gnuplot compare-bank-differences.gp
# Data columns in compare-bank-differences.dat: 1 panel, 2 row, 3 metric, 4 variant, 5 mean, 6 low, 7 high, 8 verdict, 9 verdict_no.
# Values are raw (probabilities 0..1, durations in seconds); each panel's 'scale'
# converts them for display. NaN marks an undefined value: no point, or no bar.
# The value texts right of each row are written into this script, not read from the data.

set terminal svg size 1000,510 noenhanced font 'sans-serif,10' background rgb 'white'
set encoding utf8
set output 'compare-bank-differences.svg'
data = 'compare-bank-differences.dat'

# Colour and marker of each verdict (column 9): better, worse, no-difference, undetermined.
array verdict_colour[4] = [0x1a9850, 0xd73027, 0x636363, 0x969696]
array verdict_point[4] = [7, 5, 6, 2]
# y position of a row in panel p, or NaN (not drawn) for rows of other panels.
row(p) = column(1) == p ? column(2) : NaN

set multiplot title "bank-complex-enquiries: difference vs base (95% CI per comparison; verdicts Holm-adjusted)\nmean of the paired differences strategy − base over replications (common random numbers), bars: CI" font ',12'
set lmargin at screen 0.283
set rmargin at screen 0.815
set border 3 lw 1 lc rgb '#505050'
set grid xtics ytics lw 1 lc rgb '#e4e4e4' dt 1
set xtics nomirror out scale 0.6
set ytics nomirror scale 0
set yzeroaxis lt -1 lw 1.5 lc rgb '#404040'
unset key

# Panel 1: chat p_abandon (probability).
scale = 100
set tmargin at screen 0.811765
set bmargin at screen 0.686275
set xrange [-5.824:5.824]
set yrange [-0.6:1.6]
set xtics ('-4 pp' -4, '-2 pp' -2, '0' 0, '+2 pp' 2, '+4 pp' 4)
set ytics ('forms-for-complex: chat p_abandon' 1, 'phone-first: chat p_abandon' 0)
unset label
set label 100 'better' at screen 0.283, screen 0.862745 left point pt 7 ps 1.4 lc rgb '#1a9850' offset 1.5,0
set label 101 'worse' at screen 0.373, screen 0.862745 left point pt 5 ps 1.4 lc rgb '#d73027' offset 1.5,0
set label 102 'no significant difference' at screen 0.456, screen 0.862745 left point pt 6 ps 1.4 lc rgb '#636363' offset 1.5,0
set label 103 'no interval' at screen 0.679, screen 0.862745 left point pt 2 ps 1.4 lc rgb '#969696' offset 1.5,0
set label 1 '-4.0 pp [-5.2, -2.8]' at graph 1.02, first 1 left font ',9'
set label 2 '+3.0 pp [+1.8, +4.2]' at graph 1.02, first 0 left font ',9'
plot data using ($6*scale):(row(1)):(($7-$6)*scale):(0):(verdict_colour[int($9)]) with vectors heads size screen 0.006,90 lw 1.8 lc rgb variable notitle, \
     ''   using ($5*scale):(row(1)):(verdict_point[int($9)]):(verdict_colour[int($9)]) with points pt variable ps 1.4 lc rgb variable notitle

# Panel 2: chat sl_offered (probability).
scale = 100
set tmargin at screen 0.615686
set bmargin at screen 0.490196
set xrange [-20.16:20.16]
set yrange [-0.6:1.6]
set xtics ('-20 pp' -20, '-10 pp' -10, '0' 0, '+10 pp' 10, '+20 pp' 20)
set ytics ('forms-for-complex: chat sl_offered' 1, 'phone-first: chat sl_offered' 0)
unset label
set label 1 '+15.0 pp [+12.0, +18.0]' at graph 1.02, first 1 left font ',9'
set label 2 '-10.0 pp [-14.0, -6.0]' at graph 1.02, first 0 left font ',9'
plot data using ($6*scale):(row(2)):(($7-$6)*scale):(0):(verdict_colour[int($9)]) with vectors heads size screen 0.006,90 lw 1.8 lc rgb variable notitle, \
     ''   using ($5*scale):(row(2)):(verdict_point[int($9)]):(verdict_colour[int($9)]) with points pt variable ps 1.4 lc rgb variable notitle

# Panel 3: cost per resolved (money).
scale = 1
set tmargin at screen 0.419608
set bmargin at screen 0.294118
set xrange [-0.5376:0.5376]
set yrange [-0.6:1.6]
set xtics ('-0.4' -0.4, '-0.2' -0.2, '0' 0, '+0.2' 0.2, '+0.4' 0.4)
set ytics ('forms-for-complex: cost per resolved' 1, 'phone-first: cost per resolved' 0)
unset label
set label 1 '+0.30 [+0.12, +0.48]' at graph 1.02, first 1 left font ',9'
set label 2 '-0.20 [-0.45, +0.05]' at graph 1.02, first 0 left font ',9'
plot data using ($6*scale):(row(3)):(($7-$6)*scale):(0):(verdict_colour[int($9)]) with vectors heads size screen 0.006,90 lw 1.8 lc rgb variable notitle, \
     ''   using ($5*scale):(row(3)):(verdict_point[int($9)]):(verdict_colour[int($9)]) with points pt variable ps 1.4 lc rgb variable notitle

# Panel 4: satisfaction_proxy (plain).
scale = 1
set tmargin at screen 0.223529
set bmargin at screen 0.0980392
set xrange [-6.608:6.608]
set yrange [-0.6:1.6]
set xtics ('-5' -5, '-2.5' -2.5, '0' 0, '+2.5' 2.5, '+5' 5)
set ytics ('forms-for-complex: satisfaction_proxy' 1, 'phone-first: satisfaction_proxy' 0)
unset label
set label 1 '+4.00 [+2.10, +5.90]' at graph 1.02, first 1 left font ',9'
set label 2 '-4.00' at graph 1.02, first 0 left font ',9'
plot data using ($6*scale):(row(4)):(($7-$6)*scale):(0):(verdict_colour[int($9)]) with vectors heads size screen 0.006,90 lw 1.8 lc rgb variable notitle, \
     ''   using ($5*scale):(row(4)):(verdict_point[int($9)]):(verdict_colour[int($9)]) with points pt variable ps 1.4 lc rgb variable notitle

unset multiplot
unset output
